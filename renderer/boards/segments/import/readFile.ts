import type { TableData } from '../../../../shared/api';
import { api } from '../../../api/client';
import { base64Of } from '../../../api/fileBytes';

export { MAX_FILE_MB } from '../../../api/fileBytes';

/** Sends the picked file to the service to be read into a table; nothing is written. */
export async function readPickedFile(file: File): Promise<TableData> {
  return api.call('readTable', { fileName: file.name, dataBase64: await base64Of(file) });
}
