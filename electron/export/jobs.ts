import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { AppError, isAppError } from '../../shared/errors';
import type { ExportJob } from '../../shared/export/job';
import type { EventBus } from '../service/events';

export type { ExportJob } from '../../shared/export/job';

/** Progress is sent at most this often: a 10,000-account deck has hundreds of steps. */
const PROGRESS_EVERY_MS = 100;

/** Export jobs in flight, by the caller's job id; a cancel marks one, its next step stops it. */
export class ExportJobs {
  private readonly running = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly bus: EventBus,
    private readonly now: () => number = Date.now,
  ) {}

  async run<T>(jobId: string | undefined, build: (job: ExportJob) => Promise<T>): Promise<T> {
    const state = { cancelled: false };
    if (jobId !== undefined) {
      if (this.running.has(jobId)) throw new AppError('conflict', `Export job ${jobId} is already running`, { id: jobId });
      this.running.set(jobId, state);
    }
    let total = 1;
    let done = 0;
    let lastSent = this.now();
    const send = () => {
      if (jobId !== undefined) this.bus.emit({ kind: 'exportProgress', jobId, done, total });
    };
    const job: ExportJob = {
      plan: (n) => {
        total = Math.max(1, n);
      },
      step: async () => {
        done += 1;
        if (done > total) total = done;
        if (this.now() - lastSent >= PROGRESS_EVERY_MS) {
          lastSent = this.now();
          send();
        }
        await yieldToEvents();
        if (state.cancelled) throw new AppError('export_cancelled', 'The export was cancelled');
      },
    };
    try {
      const result = await build(job);
      if (state.cancelled) throw new AppError('export_cancelled', 'The export was cancelled');
      done = total;
      send();
      return result;
    } catch (e) {
      if (isAppError(e)) throw e;
      // A writer's failure (a library error, a bad value) is the user's export failing, in words.
      console.error('[salesmap] export failed:', e);
      throw new AppError('export_failed', `The export failed: ${(e as Error).message}`, { reason: (e as Error).message });
    } finally {
      if (jobId !== undefined) this.running.delete(jobId);
    }
  }

  /** True when the job was running (it stops at its next step); false when it had finished. */
  cancel(jobId: string): boolean {
    const state = this.running.get(jobId);
    if (!state) return false;
    state.cancelled = true;
    return true;
  }
}
