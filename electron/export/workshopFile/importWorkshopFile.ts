import type { ApiArgs } from '../../../shared/api';
import { pauseTimerAt, readWorkshopFile } from '../../../shared/export/workshopFileRead';
import type { WorkshopInfo } from '../../../shared/workshop';
import { unusedWorkshopName } from '../../../shared/workshopNames';
import { decodeText } from '../../files/decodeText';
import { addWorkshop, workshopNames } from '../../service/addWorkshop';
import type { ServiceContext } from '../../service/context';

/**
 * Adds a .salesmap file to the library as a new workshop, or refuses it and writes nothing.
 * The new workshop gets a new id and a fresh undo history; its records keep their ids (they are
 * scoped per workshop), so a file round-trips exactly. Its name is the file's, numbered
 * "… (2)" when the library already has a workshop of that name (opening a file on the laptop
 * that wrote it is common, and two rows of one name could not be told apart).
 * The text is decoded as the customer-list import decodes it: a file a text editor saved again
 * as GBK ("ANSI" on a Chinese Windows) or UTF-16 ("Unicode") still opens.
 */
export function importWorkshopFile(ctx: ServiceContext, { fileName, dataBase64 }: ApiArgs<'importWorkshopFile'>): WorkshopInfo {
  const bytes = Buffer.from(dataBase64, 'base64');
  const file = readWorkshopFile(fileName, bytes.length > 0 ? decodeText(bytes).text : '');
  const records = pauseTimerAt(file.records, file.exportedAt);
  const { name, ...header } = file.workshop;
  return addWorkshop(ctx, { ...header, name: unusedWorkshopName(name, workshopNames(ctx)) }, (store, id) => store.records.insertAll(id, records));
}
