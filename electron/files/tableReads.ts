import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TableData } from '../../shared/api';
import { AppError, type AppErrorShape } from '../../shared/errors';
import type { ReadOptions } from './readTable';

/** What the worker gets (structured clone; the bytes are transferred, not copied). */
export interface ReadJob {
  fileName: string;
  bytes: Uint8Array;
  options: ReadOptions;
}

export type ReadReply = { ok: true; table: TableData } | { ok: false; error: AppErrorShape };

/**
 * Where the worker's code is. Built (out/electron): readWorker.js beside the entry bundles, and
 * this module sits in an entry or in chunks/. From the TypeScript sources (unit tests), the
 * worker loads readWorker.ts through jiti, a dev dependency the built app never needs.
 */
function workerScript(): { script: string; eval: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = fileURLToPath(new URL('./readWorker.ts', here));
    const loader = [
      "const { createRequire } = require('node:module');",
      `const requireHere = createRequire(${JSON.stringify(source)});`,
      `requireHere('jiti').createJiti(${JSON.stringify(source)}).import(${JSON.stringify(source)});`,
    ].join('\n');
    return { script: loader, eval: true };
  }
  for (const candidate of ['./readWorker.js', '../readWorker.js']) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return { script: file, eval: false };
  }
  throw new AppError('internal', 'The file reader (readWorker.js) is missing from the build');
}

/**
 * Table reads in flight, each in a worker thread of its own, by the caller's read id. The caller
 * knows the id before the read starts, so it can stop it (`cancel`) at any moment; a stopped
 * read answers `read_cancelled` and its thread is gone at once, whatever it was parsing.
 */
export class TableReads {
  private readonly running = new Map<string, () => void>();

  read(readId: string | undefined, fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<TableData> {
    if (readId !== undefined && this.running.has(readId)) {
      return Promise.reject(new AppError('conflict', `Read ${readId} is already running`, { id: readId }));
    }
    const { script, eval: isEval } = workerScript();
    // Its own copy of the bytes to hand over: the caller's buffer may be a view into a pooled one.
    const own = new Uint8Array(bytes);
    const job: ReadJob = { fileName, bytes: own, options };
    return new Promise<TableData>((resolve, reject) => {
      const worker = new Worker(script, { eval: isEval, workerData: job, transferList: [own.buffer] });
      // A read still going never keeps a closing app (or a finished test run) alive.
      worker.unref();
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        if (readId !== undefined) this.running.delete(readId);
        finish();
        void worker.terminate();
      };
      if (readId !== undefined) {
        this.running.set(readId, () => settle(() => reject(new AppError('read_cancelled', `Reading ${fileName} was stopped`, { file: fileName }))));
      }
      worker.once('message', (reply: ReadReply) =>
        settle(() => (reply.ok ? resolve(reply.table) : reject(new AppError(reply.error.code, reply.error.message, reply.error.params)))),
      );
      // The thread died (out of memory, a bug in a parser): the user's file could not be read.
      worker.once('error', (e) =>
        settle(() => reject(new AppError('import_failed', `${fileName}: the reader stopped (${e.message})`, { file: fileName, reason: 'reader_failed' }))),
      );
      worker.once('exit', (code) =>
        settle(() => reject(new AppError('import_failed', `${fileName}: the reader exited (${code})`, { file: fileName, reason: 'reader_failed' }))),
      );
    });
  }

  /** True when the read was running (it answers `read_cancelled`); false when it had finished. */
  cancel(readId: string): boolean {
    const stop = this.running.get(readId);
    if (!stop) return false;
    stop();
    return true;
  }
}
