import type { TableData } from '../../../../shared/api';
import { api } from '../../../api/client';

/** Larger files are refused before reading: the service takes up to ~150 MB of base64 JSON. */
export const MAX_FILE_MB = 100;

/** The file's bytes as base64, read by the browser (FileReader is native and fast). */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Sends the picked file to the service to be read into a table; nothing is written. */
export async function readPickedFile(file: File): Promise<TableData> {
  return api.call('readTable', { fileName: file.name, dataBase64: await base64Of(file) });
}
