import { readTable } from '../../files/readTable';
import type { HandlerGroup } from '../context';

/** Reading files the user picked (nothing is written here; imports are commands). */
export const fileHandlers: HandlerGroup<'readTable'> = () => ({
  readTable: ({ fileName, dataBase64, options }) => readTable(fileName, Buffer.from(dataBase64, 'base64'), options),
});
