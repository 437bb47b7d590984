/**
 * The few statistics the benchmark reports. Percentiles use the nearest-rank method (the value at
 * rank ceil(p/100 · n) of the sorted sample), so a p99 is always a latency that really happened.
 */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No values: a statistic of nothing is meaningless');
  if (values.some((v) => !Number.isFinite(v))) throw new Error('Values must be finite numbers');
  return [...values].sort((a, b) => a - b);
}

/** Nearest-rank percentile, p in (0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`Percentile must be in (0, 100], got ${p}`);
  const s = sorted(values);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return {
    n: s.length,
    min: s[0]!,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1]!,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** Rounds for results.json: enough digits to compare runs, not float noise. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
