import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../shared/errors';
import { readTable } from './readTable';
import type { ReadJob, ReadReply } from './tableReads';

/**
 * The worker side of table reads (electron/files/tableReads.ts): reads each file it is sent and
 * posts the table back, or the refusal. Its own thread so that parsing a 50,000-row workbook
 * (seconds of CPU) neither stalls the service — the projector's stream, other windows'
 * commands — nor waits for its end when the user presses Stop: the thread is then terminated.
 * It stays for the next read: its parsers (ExcelJS takes half a second to load) are warm.
 */
parentPort!.on('message', (job: ReadJob) => {
  const reply = (message: ReadReply) => parentPort!.postMessage(message);
  readTable(job.fileName, job.bytes, job.options).then(
    (table) => reply({ ok: true, table }),
    (e: unknown) => reply({ ok: false, error: isAppError(e) ? e.toJSON() : { code: 'internal', message: (e as Error)?.message ?? String(e) } }),
  );
});
