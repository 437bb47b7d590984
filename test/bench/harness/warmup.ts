import fs from 'node:fs';

/**
 * CPU time (ms) a process has spent so far in its threads other than the main one: in a Node
 * process these are V8's optimizing compiler and garbage-collector helpers (and libuv's pool), all
 * named "node". Read from /proc/<pid>/task/<tid>/schedstat (nanoseconds on the CPU first); null
 * where there is no /proc (not Linux) or the process is gone.
 */
export function backgroundCpuMs(pid: number): number | null {
  try {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      if (Number(tid) === pid) continue;
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    }
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}

export interface QuietRule {
  /** Round trips of each kind in one warm-up round. */
  roundSize: number;
  /** Rounds always run (the bench's old fixed warm-up). */
  minRounds: number;
  /** Rounds at most, quiet or not: bounds the suite's time on a busy machine. */
  maxRounds: number;
  /** Background CPU (ms, all watched processes together) under which a round counts as quiet. */
  quietMs: number;
  /** Quiet rounds in a row that end the warm-up (one lull between two compile jobs is not the end). */
  quietRounds: number;
}

/**
 * The bench's processes in a round-trip run: a freshly started server (the host or the floor) and
 * the client. Each run's p99 of their round trips was 2-6 ms for the first ~2,500 round trips and
 * then 0.5-4 ms, host and bare floor alike: a perf profile of those minutes shows V8's optimizing
 * compiler (TurboFan, on background threads) at 100-270 ms of CPU per run of 800+800 round trips in
 * the three processes, then at 0-20 ms. On two cores a compile job holds a CPU that a woken main
 * thread then waits for, and the main threads run their slower unoptimized code meanwhile.
 */
export const UNTIL_COMPILED: QuietRule = { roundSize: 200, minRounds: 2, maxRounds: 25, quietMs: 12, quietRounds: 2 };

/** Where there is no /proc to watch the compiler: the number of rounds it took on the bench machine. */
const BLIND_ROUNDS = 15;

export interface Warmup {
  /** Warm-up rounds run (each `roundSize` round trips of each kind). */
  rounds: number;
  seconds: number;
  /** The compilers went quiet (false: maxRounds reached, or no /proc to tell). */
  settled: boolean;
  /** Background CPU (ms) of the watched processes in each round, for whoever reads a tail. */
  backgroundMs: number[];
}

/** Whether the warm-up may stop after these rounds' background CPU (pure: the rule's decision). */
export function warmedUp(backgroundMs: readonly number[], rule: QuietRule): boolean {
  if (backgroundMs.length < rule.minRounds) return false;
  if (backgroundMs.length >= rule.maxRounds) return true;
  const last = backgroundMs.slice(-rule.quietRounds);
  return last.length === rule.quietRounds && last.every((ms) => ms < rule.quietMs);
}

/**
 * Runs `round` (one round of warm-up round trips) until V8 in every watched process has compiled
 * what the timed runs will run: the timed runs then measure the host as a running host answers,
 * not a host (and a client) still tiering up. The samples, runs and statistic are unchanged.
 */
export async function warmUntilCompiled(round: () => Promise<void>, pids: readonly number[], rule: QuietRule = UNTIL_COMPILED): Promise<Warmup> {
  const t0 = performance.now();
  const backgroundMs: number[] = [];
  const total = () => {
    let sum = 0;
    for (const pid of pids) {
      const ms = backgroundCpuMs(pid);
      if (ms === null) return null;
      sum += ms;
    }
    return sum;
  };
  let before = total();
  if (before === null) {
    for (let i = 0; i < BLIND_ROUNDS; i++) await round();
    return { rounds: BLIND_ROUNDS, seconds: (performance.now() - t0) / 1000, settled: false, backgroundMs };
  }
  do {
    await round();
    const after = total();
    // A watched process gone mid-warm-up: the timed runs will fail loudly on their own.
    if (after === null) return { rounds: backgroundMs.length + 1, seconds: (performance.now() - t0) / 1000, settled: false, backgroundMs };
    backgroundMs.push(after - before);
    before = after;
  } while (!warmedUp(backgroundMs, rule));
  // Stopped by maxRounds unless the last rounds were quiet too.
  const settled = warmedUp(backgroundMs, { ...rule, maxRounds: Infinity });
  return { rounds: backgroundMs.length, seconds: (performance.now() - t0) / 1000, settled, backgroundMs };
}
