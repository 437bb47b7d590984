import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundCpuMs, UNTIL_COMPILED, warmedUp, warmUntilCompiled, type QuietRule } from '../../bench/harness/warmup';

const onLinux = process.platform === 'linux';

describe('when the round-trip warm-up may stop', () => {
  const rule: QuietRule = { roundSize: 200, minRounds: 2, maxRounds: 10, quietMs: 12, quietRounds: 2 };

  it('never before the old fixed warm-up, however quiet the machine', () => {
    expect(warmedUp([], rule)).toBe(false);
    expect(warmedUp([0], rule)).toBe(false);
    expect(warmedUp([0, 0], rule)).toBe(true);
  });

  it('only after two quiet rounds in a row: a lull between two compile jobs is not the end', () => {
    expect(warmedUp([90, 70, 5], rule)).toBe(false);
    expect(warmedUp([90, 70, 5, 60], rule)).toBe(false);
    expect(warmedUp([90, 70, 5, 60, 8], rule)).toBe(false);
    expect(warmedUp([90, 70, 5, 60, 8, 11.9], rule)).toBe(true);
    expect(warmedUp([90, 70, 5, 60, 8, 12], rule)).toBe(false);
  });

  it('at the round limit even if the compilers are still busy, so a busy machine cannot stall the suite', () => {
    expect(warmedUp(Array(9).fill(50), rule)).toBe(false);
    expect(warmedUp(Array(10).fill(50), rule)).toBe(true);
  });

  it('the bench rule keeps the old 200 + 200 moves as its least', () => {
    expect(UNTIL_COMPILED.minRounds * UNTIL_COMPILED.roundSize).toBeGreaterThanOrEqual(200);
  });
});

/**
 * A thread of this process that burns `ms` of its own CPU time whenever asked (its own, from
 * /proc/thread-self, so a loaded machine cannot shorten it): stands in for V8's compiler thread.
 */
function busyThread() {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const fs = require('node:fs');
     const cpu = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
     parentPort.on('message', (ms) => {
       const start = cpu();
       let x = 0;
       while (cpu() - start < ms) for (let i = 0; i < 1e5; i++) x += i;
       parentPort.postMessage(x);
     });`,
    { eval: true },
  );
  return {
    burn: (ms: number) => new Promise<void>((done) => worker.once('message', () => done()).postMessage(ms)),
    stop: () => worker.terminate(),
  };
}

describe.runIf(onLinux)('the background CPU the warm-up watches (Linux /proc)', () => {
  let thread: ReturnType<typeof busyThread>;
  beforeAll(() => {
    thread = busyThread();
  });
  afterAll(async () => {
    await thread.stop();
  });

  it('counts CPU spent in a thread other than the main one', async () => {
    const before = backgroundCpuMs(process.pid)!;
    await thread.burn(60);
    expect(backgroundCpuMs(process.pid)! - before).toBeGreaterThanOrEqual(60);
  });

  it('is null for a process that is not there', () => {
    expect(backgroundCpuMs(2 ** 22 + 12345)).toBeNull();
  });

  it('warms up while a background thread is busy and stops once it has been quiet for two rounds', async () => {
    let round = 0;
    const warmup = await warmUntilCompiled(
      async () => {
        round++;
        if (round <= 3) await thread.burn(80);
      },
      [process.pid],
      { roundSize: 1, minRounds: 1, maxRounds: 20, quietMs: 30, quietRounds: 2 },
    );
    expect(warmup.settled).toBe(true);
    expect(warmup.rounds).toBe(5);
    expect(warmup.backgroundMs.slice(0, 3).every((ms) => ms >= 30)).toBe(true);
  });

  it('gives up at the round limit, and says so, while the thread stays busy', async () => {
    const warmup = await warmUntilCompiled(() => thread.burn(80), [process.pid], { roundSize: 1, minRounds: 1, maxRounds: 4, quietMs: 30, quietRounds: 2 });
    expect(warmup).toMatchObject({ rounds: 4, settled: false });
  });
});
