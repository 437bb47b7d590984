import type { BenchRow } from '../types';
import { evaluate, missBy } from './verdict';

const OPS = { '<': '<', '<=': '≤', '>=': '≥' } as const;
const grouped = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Enough digits to compare, no more: 3.21 ms, 42.5 ms, 687 ms; ratios to three places (0.498 is not 0.5). */
export function formatValue(value: number, unit: BenchRow['unit']): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return grouped(Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0).format(value);
    case 'ratio':
      return grouped(3).format(value);
    case 'MB':
      return grouped(1).format(value);
    default:
      return grouped(0).format(value);
  }
}

export function formatTarget(row: Pick<BenchRow, 'target' | 'unit'>): string {
  if (!row.target) return '';
  // Bars are round numbers: print them as the issue states them (< 10 ms, ≥ 0.5, < 1,000 ms).
  const bar = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(row.target.value);
  return `${OPS[row.target.op]} ${bar}${row.unit === 'ratio' ? '' : ` ${row.unit}`}`;
}

export function formatResult(row: Pick<BenchRow, 'value' | 'target'>): string {
  const verdict = evaluate(row);
  return verdict === 'miss' ? `miss (${missBy(row)})` : verdict;
}

/**
 * The results as a Markdown table (readable in a terminal, pasteable into the README), then the
 * rows' notes. Columns: row, size, value, unit, target, result.
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['row', 'size', 'value', 'unit', 'target', 'result'];
  const right = [false, true, true, false, false, false];
  const body = rows.map((r) => [
    r.label,
    r.size === null ? '' : grouped(0).format(r.size),
    formatValue(r.value, r.unit),
    r.unit,
    formatTarget(r),
    formatResult(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  const lines = [line(header), rule, ...body.map(line)];
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.label}${r.size === null ? '' : ` (${grouped(0).format(r.size)})`}: ${r.note}`);
  return notes.length ? `${lines.join('\n')}\n\nNotes:\n${notes.join('\n')}` : lines.join('\n');
}
