import fs from 'node:fs';
import type { BenchRow } from '../types';
import type { MachineFacts } from './machine';
import type { BenchOptions, BenchSettings } from './options';
import { formatTable } from './table';
import { evaluate, missBy, type Verdict } from './verdict';

export interface SuiteOutcome {
  name: string;
  file: string;
  seconds: number;
  rows: number;
  /** Set when the suite threw: its rows are missing from the table. */
  error?: string;
}

export interface ResultRow extends BenchRow {
  suite: string;
  verdict: Verdict;
  missBy?: string;
}

export interface BenchResults {
  machine: MachineFacts;
  options: BenchOptions & BenchSettings;
  suites: SuiteOutcome[];
  rows: ResultRow[];
}

/**
 * A suite's rows grouped by what they measure (first appearance order), sizes ascending inside
 * each group, so growth reads down the table: p99 at 500, 2,000, 10,000, then the next metric.
 */
export function orderRows<T extends Pick<BenchRow, 'label' | 'size'>>(rows: readonly T[]): T[] {
  const rank = new Map<string, number>();
  for (const r of rows) if (!rank.has(r.label)) rank.set(r.label, rank.size);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank.get(a.r.label)! - rank.get(b.r.label)! || (a.r.size ?? -1) - (b.r.size ?? -1) || a.i - b.i)
    .map(({ r }) => r);
}

export function withVerdicts(suite: string, rows: readonly BenchRow[]): ResultRow[] {
  return rows.map((r) => {
    const verdict = evaluate(r);
    return { ...r, suite, verdict, ...(verdict === 'miss' ? { missBy: missBy(r) } : {}) };
  });
}

/** One line about the machine under the table, so a number is never read without its context. */
export function machineLine(m: MachineFacts): string {
  return `${m.date.slice(0, 10)} · ${m.cpus} CPUs (${m.cpuModel}) · ${m.memoryGB} GB · Node ${m.node} · Chromium ${m.chromium ?? 'not launched'} · SQLite ${m.sqlite} · commit ${m.commit ?? 'unknown'} · load average ${m.load.start} → ${m.load.end}`;
}

export function writeResults(file: string, results: BenchResults): void {
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/**
 * Puts the latest table between the README's markers (full runs only), so the README always
 * shows what the last full run measured. Returns false when the markers are missing.
 */
export function updateReadme(file: string, results: BenchResults): boolean {
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  const block = `${START}\n${formatTable(results.rows)}\n\nMeasured ${machineLine(results.machine)}.\n${END}`;
  fs.writeFileSync(file, text.slice(0, a) + block + text.slice(b + END.length));
  return true;
}
