import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/events';
import { AppError } from '../../../shared/errors';
import { ExportJobs } from '../../../electron/export/jobs';
import { EventBus } from '../../../electron/service/events';

function setup() {
  const bus = new EventBus();
  const events: ChangeEvent[] = [];
  bus.subscribe((e) => events.push(e));
  let clock = 0;
  const jobs = new ExportJobs(bus, () => (clock += 60));
  return { jobs, events };
}

describe('export jobs', () => {
  it('report progress to every window and end at done = total', async () => {
    const { jobs, events } = setup();
    const result = await jobs.run('j1', async (job) => {
      job.plan(10);
      for (let i = 0; i < 10; i++) await job.step();
      return 'file';
    });
    expect(result).toBe('file');
    const progress = events.filter((e) => e.kind === 'exportProgress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ kind: 'exportProgress', jobId: 'j1', done: 10, total: 10 });
    // Throttled: fewer events than steps, and never backwards.
    expect(progress.length).toBeLessThan(11);
    const done = progress.map((e) => (e.kind === 'exportProgress' ? e.done : 0));
    expect([...done].sort((a, b) => a - b)).toEqual(done);
  });

  it('stop at the next step once cancelled, with export_cancelled, and forget the job', async () => {
    const { jobs } = setup();
    let steps = 0;
    const running = jobs.run('j2', async (job) => {
      job.plan(1000);
      for (let i = 0; i < 1000; i++) {
        await job.step();
        steps += 1;
      }
      return 'never';
    });
    await new Promise((r) => setImmediate(r));
    expect(jobs.cancel('j2')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'export_cancelled' });
    expect(steps).toBeLessThan(1000);
    expect(jobs.cancel('j2')).toBe(false);
  });

  it('turn a writer crash into export_failed with the reason, and refuse a job id in use', async () => {
    const { jobs } = setup();
    await expect(
      jobs.run(undefined, async () => {
        throw new TypeError('bad cell');
      }),
    ).rejects.toMatchObject({ code: 'export_failed', params: { reason: 'bad cell' } });
    await expect(
      jobs.run(undefined, async () => {
        throw new AppError('not_found', 'gone');
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    let release!: () => void;
    const first = jobs.run('same', () => new Promise<string>((r) => (release = () => r('ok'))));
    await expect(jobs.run('same', async () => 'x')).rejects.toMatchObject({ code: 'conflict' });
    release();
    await expect(first).resolves.toBe('ok');
  });
});
