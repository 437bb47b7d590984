import type { TableData } from '../../../../shared/api';
import { api } from '../../../api/client';
import { base64Of } from '../../../api/fileBytes';

/** Larger files are refused before reading: the service takes up to ~150 MB of base64 JSON. */
export const MAX_FILE_MB = 100;

/** Sends the picked file to the service to be read into a table; nothing is written. */
export async function readPickedFile(file: File): Promise<TableData> {
  return api.call('readTable', { fileName: file.name, dataBase64: await base64Of(file) });
}
