import { TableReads } from '../../files/tableReads';
import type { HandlerGroup } from '../context';

/**
 * Reading files the user picked (nothing is written here; imports are commands). Each read runs
 * in a worker thread, so the service keeps answering while a big workbook is parsed and a read
 * the user stops ends at once.
 */
export const fileHandlers: HandlerGroup<'readTable' | 'cancelRead'> = () => {
  const reads = new TableReads();
  return {
    readTable: ({ fileName, dataBase64, options, readId }) => reads.read(readId, fileName, Buffer.from(dataBase64, 'base64'), options),
    cancelRead: ({ readId }) => ({ cancelled: reads.cancel(readId) }),
  };
};
