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
 * Table reads in flight, each in a worker thread, by the caller's read id. The caller knows the
 * id before the read starts, so it can stop it (`cancel`) at any moment; a stopped read answers
 * `read_cancelled` and its thread is terminated at once, whatever it was parsing. A thread that
 * finished a read waits for the next one (one at most), so a read again with another encoding or
 * sheet does not load the parsers anew.
 */
export class TableReads {
  private readonly running = new Map<string, () => void>();
  private idle: Worker | null = null;

  private worker(): Worker {
    const ready = this.idle;
    this.idle = null;
    if (ready) {
      ready.removeAllListeners('error').removeAllListeners('exit');
      return ready;
    }
    const { script, eval: isEval } = workerScript();
    return new Worker(script, { eval: isEval });
  }

  private release(worker: Worker): void {
    if (this.idle) {
      void worker.terminate();
      return;
    }
    this.idle = worker;
    // An idle thread that dies is forgotten (the next read starts another); its error is no crash.
    const forget = () => {
      if (this.idle === worker) this.idle = null;
    };
    worker.once('error', forget).once('exit', forget);
  }

  read(readId: string | undefined, fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<TableData> {
    if (readId !== undefined && this.running.has(readId)) {
      return Promise.reject(new AppError('conflict', `Read ${readId} is already running`, { id: readId }));
    }
    const worker = this.worker();
    // A thread at work keeps the process alive until its answer; an idle one never does.
    worker.ref();
    // Its own copy of the bytes to hand over: the caller's buffer may be a view into a pooled one.
    const own = new Uint8Array(bytes);
    return new Promise<TableData>((resolve, reject) => {
      const done = (keep: boolean, finish: () => void) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (readId !== undefined) this.running.delete(readId);
        worker.unref();
        if (keep) this.release(worker);
        else void worker.terminate();
        finish();
      };
      const onMessage = (reply: ReadReply) =>
        done(true, () => (reply.ok ? resolve(reply.table) : reject(new AppError(reply.error.code, reply.error.message, reply.error.params))));
      // The thread died (out of memory, a bug in a parser): the user's file could not be read.
      const failed = (why: string) =>
        done(false, () => reject(new AppError('import_failed', `${fileName}: the reader stopped (${why})`, { file: fileName, reason: 'reader_failed' })));
      const onError = (e: Error) => failed(e.message);
      const onExit = (code: number) => failed(`exit ${code}`);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      if (readId !== undefined) {
        this.running.set(readId, () => done(false, () => reject(new AppError('read_cancelled', `Reading ${fileName} was stopped`, { file: fileName }))));
      }
      const job: ReadJob = { fileName, bytes: own, options };
      worker.postMessage(job, [own.buffer]);
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
