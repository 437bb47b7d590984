import { useCallback, useEffect, useRef } from 'react';
import type { TableData } from '../../../../shared/api';
import type { ReadOptions } from './ReadChoices';
import { api, ApiError } from '../../../api/client';
import { base64Of } from '../../../api/fileBytes';

export { MAX_FILE_MB } from '../../../api/fileBytes';

/**
 * Sends the picked file to the service to be read into a table; nothing is written. `options`
 * are the user's corrections (encoding, sheet, header row) when the file is read again; `readId`
 * names the read so that it can be stopped while it runs.
 */
export async function readPickedFile(file: File, options?: ReadOptions, readId?: string): Promise<TableData> {
  return api.call('readTable', { fileName: file.name, dataBase64: await base64Of(file), ...(options ? { options } : {}), ...(readId ? { readId } : {}) });
}

/** The service's answer to a read the user stopped. */
export function isStoppedRead(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'read_cancelled';
}

/**
 * Reads one file at a time that the user can stop (a national list in a workbook takes seconds),
 * and stops whatever is still being read when the dialog closes: nobody waits for its answer.
 */
export function useStoppableRead(): { read(file: File, options?: ReadOptions): Promise<TableData>; stop(): void } {
  const current = useRef<string | null>(null);
  const stop = useCallback(() => {
    const readId = current.current;
    current.current = null;
    // The read's own answer (read_cancelled, or its table, dropped) is what the caller handles.
    if (readId) api.call('cancelRead', { readId }).catch(() => undefined);
  }, []);
  const read = useCallback(async (file: File, options?: ReadOptions) => {
    const readId = crypto.randomUUID();
    current.current = readId;
    try {
      const table = await readPickedFile(file, options, readId);
      // Stopped (or replaced by a newer read) just as the service finished: the table is dropped.
      if (current.current !== readId) throw new ApiError({ code: 'read_cancelled', message: `Reading ${file.name} was stopped`, params: { file: file.name } });
      return table;
    } finally {
      if (current.current === readId) current.current = null;
    }
  }, []);
  useEffect(() => stop, [stop]);
  return { read, stop };
}
