import type { TableData } from '../../../../shared/api';
import type { ReadOptions } from './ReadChoices';
import { api } from '../../../api/client';
import { base64Of } from '../../../api/fileBytes';

export { MAX_FILE_MB } from '../../../api/fileBytes';

/**
 * Sends the picked file to the service to be read into a table; nothing is written. `options`
 * are the user's corrections (encoding, sheet, header row) when the file is read again.
 */
export async function readPickedFile(file: File, options?: ReadOptions): Promise<TableData> {
  return api.call('readTable', { fileName: file.name, dataBase64: await base64Of(file), ...(options ? { options } : {}) });
}
