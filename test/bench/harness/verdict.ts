import type { BenchRow } from '../types';

/**
 * Whether a row meets its bar. "info" rows have no bar (throughput, breakdowns); "n/a" rows have
 * no value (the thing could not be measured; the row's note says why).
 */
export type Verdict = 'pass' | 'miss' | 'info' | 'n/a';

export function evaluate(row: Pick<BenchRow, 'value' | 'target'>): Verdict {
  if (!Number.isFinite(row.value)) return 'n/a';
  if (!row.target) return 'info';
  const { op, value: bar } = row.target;
  const ok = op === '<' ? row.value < bar : op === '<=' ? row.value <= bar : row.value >= bar;
  return ok ? 'pass' : 'miss';
}

/**
 * By how much a row misses its bar, relative to the bar: "+23 %" (23 % over an upper bound),
 * "−40 %" (40 % short of a lower bound), "at the bar" (equal to a strict bound). Empty for rows
 * that pass or have no bar.
 */
export function missBy(row: Pick<BenchRow, 'value' | 'target'>): string {
  if (evaluate(row) !== 'miss' || !row.target) return '';
  const { op, value: bar } = row.target;
  if (bar === 0) return op === '>=' ? '' : `+${row.value}`;
  const rel = ((row.value - bar) / bar) * 100;
  const abs = Math.abs(rel);
  if (abs === 0) return 'at the bar';
  // Never "0 %" for a miss: small misses keep enough digits to show they exist.
  const digits = abs >= 10 ? 0 : abs >= 1 ? 1 : 2;
  const pct = Math.max(Math.round(abs * 10 ** digits) / 10 ** digits, 0.01);
  return `${op === '>=' ? '−' : '+'}${pct} %`;
}
