import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MachineFacts } from '../../bench/harness/machine';
import { parseOptions, settingsFor } from '../../bench/harness/options';
import { orderRows, updateReadme, withVerdicts } from '../../bench/harness/results';
import { listSuites, missesOf } from '../../bench/runner';
import { makeTempDir } from '../../helpers/tempDir';
import { median, percentile, summarize } from '../../bench/harness/stats';
import { formatTable, formatValue } from '../../bench/harness/table';
import { evaluate, missBy } from '../../bench/harness/verdict';
import type { BenchRow } from '../../bench/types';

const row = (over: Partial<BenchRow>): BenchRow => ({
  id: 'x',
  label: 'Round trip p99',
  size: 500,
  value: 1,
  unit: 'ms',
  target: null,
  ...over,
});

describe('benchmark statistics', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the input order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('reports a percentile that really occurred (nearest rank)', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000], 99)).toBe(1000);
    expect(percentile([0.5, 0.7, 0.6], 50)).toBe(0.6);
  });

  it('refuses to summarise nothing or a broken sample instead of printing NaN', () => {
    expect(() => median([])).toThrow(/No values/);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(/finite/);
    expect(() => percentile([1, 2], 0)).toThrow(/Percentile/);
  });

  it('summarises a sample with its tail', () => {
    const s = summarize([3, 1, 2, 10]);
    expect(s).toMatchObject({ n: 4, min: 1, p50: 2, p99: 10, max: 10, mean: 4 });
  });
});

describe('targets', () => {
  it('passes and misses upper bounds strictly', () => {
    expect(evaluate(row({ value: 9.9, target: { op: '<', value: 10 } }))).toBe('pass');
    expect(evaluate(row({ value: 10, target: { op: '<', value: 10 } }))).toBe('miss');
    expect(evaluate(row({ value: 16.7, target: { op: '<=', value: 16.7 } }))).toBe('pass');
  });

  it('passes and misses lower bounds', () => {
    expect(evaluate(row({ value: 0.5, unit: 'ratio', target: { op: '>=', value: 0.5 } }))).toBe('pass');
    expect(evaluate(row({ value: 0.3, unit: 'ratio', target: { op: '>=', value: 0.5 } }))).toBe('miss');
  });

  it('calls rows without a bar informational and rows without a value not measured', () => {
    expect(evaluate(row({ value: 123 }))).toBe('info');
    expect(evaluate(row({ value: Number.NaN, target: { op: '<', value: 1000 } }))).toBe('n/a');
  });

  it('says by how much a bar is missed, relative to the bar', () => {
    expect(missBy(row({ value: 12.3, target: { op: '<', value: 10 } }))).toBe('+23 %');
    expect(missBy(row({ value: 0.3, target: { op: '>=', value: 0.5 } }))).toBe('−40 %');
    expect(missBy(row({ value: 1005, target: { op: '<', value: 1000 } }))).toBe('+0.5 %');
    expect(missBy(row({ value: 0.4998, target: { op: '>=', value: 0.5 } }))).toBe('−0.04 %');
    expect(missBy(row({ value: 10, target: { op: '<', value: 10 } }))).toBe('at the bar');
    expect(missBy(row({ value: 5, target: { op: '<', value: 10 } }))).toBe('');
    const [annotated] = withVerdicts('roundTrip', [row({ value: 20, target: { op: '<', value: 10 } })]);
    expect(annotated).toMatchObject({ suite: 'roundTrip', verdict: 'miss', missBy: '+100 %' });
  });
});

describe('the results table', () => {
  it('formats numbers by unit with grouping and sensible precision', () => {
    expect(formatValue(3.2149, 'ms')).toBe('3.21');
    expect(formatValue(42.46, 'ms')).toBe('42.5');
    expect(formatValue(1234.4, 'ms')).toBe('1,234');
    expect(formatValue(0.4984, 'ratio')).toBe('0.498');
    expect(formatValue(15234.6, 'ops/s')).toBe('15,235');
    expect(formatValue(Number.NaN, 'ms')).toBe('—');
  });

  it('prints one aligned Markdown row per result with its target and verdict, then the notes', () => {
    const table = formatTable([
      row({ label: 'Round trip p99', size: 10_000, value: 3.2, target: { op: '<', value: 10 } }),
      row({ label: 'Write ratio', size: 10_000, value: 0.4, unit: 'ratio', target: { op: '>=', value: 0.5 } }),
      row({ label: 'First board', size: 10_000, value: Number.NaN, target: { op: '<', value: 1000 }, note: 'marker missing' }),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| row +\| +size \| +value \| unit +\| target +\| result +\|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+:\|-+:\|-+\|-+\|-+\|$/);
    expect(lines[2]).toMatch(/^\| Round trip p99 +\| 10,000 \| +3\.20 \| ms +\| < 10 ms +\| pass +\|$/);
    expect(lines[3]).toContain('| ≥ 0.5 ');
    expect(lines[3]).toContain('| miss (−20 %) |');
    expect(lines[4]).toContain('| n/a ');
    expect(new Set(lines.slice(0, 5).map((l) => l.length)).size).toBe(1);
    expect(table).toContain('Notes:\n- First board (10,000): marker missing');
  });

  it('groups a suite\'s rows by metric with sizes ascending, so growth reads down the table', () => {
    const rows = [
      row({ label: 'p99', size: 2000 }),
      row({ label: 'ratio', size: 2000 }),
      row({ label: 'p99', size: 500 }),
      row({ label: 'ratio', size: 500 }),
      row({ label: 'p99', size: 10_000 }),
    ];
    expect(orderRows(rows).map((r) => `${r.label}@${r.size}`)).toEqual(['p99@500', 'p99@2000', 'p99@10000', 'ratio@500', 'ratio@2000']);
  });
});

describe('options', () => {
  it('runs the issue\'s sizes by default and smaller ones with --quick', () => {
    expect(settingsFor({ quick: false }).sizes).toEqual([500, 2000, 10_000, 50_000]);
    expect(settingsFor({ quick: true }).sizes.every((s) => s <= 1000)).toBe(true);
    expect(settingsFor({ quick: false }).runs).toBeGreaterThanOrEqual(3);
  });

  it('reads what run.mjs passes, with safe defaults', () => {
    expect(parseOptions(undefined)).toEqual({ quick: false, only: null, keep: false, readme: false, sizes: null });
    expect(parseOptions('{"quick":true,"only":["roundTrip"]}')).toEqual({ quick: true, only: ['roundTrip'], keep: false, readme: false, sizes: null });
    expect(parseOptions('{"readme":true}').readme).toBe(true);
    expect(parseOptions('{"sizes":[50000]}').sizes).toEqual([50_000]);
    expect(settingsFor({ quick: false, sizes: [50_000] }).sizes).toEqual([50_000]);
    expect(parseOptions('{"only":[]}').only).toBeNull();
  });
});

describe('the summary', () => {
  it('lists every row beyond its target, and only those, so the bench run fails on them', () => {
    const rows = withVerdicts('hostRoundTrip', [
      row({ id: 'hostRoundTrip.p99.500', value: 7.5, target: { op: '<', value: 5 } }),
      row({ id: 'hostRoundTrip.p99.2000', value: 4.2, target: { op: '<', value: 5 } }),
      row({ id: 'import.commitRatio.50000', unit: 'ratio', value: 0.41, target: { op: '>=', value: 0.5 } }),
      row({ id: 'roundTrip.p50.500', value: 99 }),
      row({ id: 'open.firstBoard.load.500', value: Number.NaN, target: { op: '<', value: 1000 } }),
    ]);
    expect(missesOf(rows)).toEqual([
      'hostRoundTrip.p99.500: 7.50 ms (target < 5 ms, miss +50 %)',
      'import.commitRatio.50000: 0.410 ratio (target ≥ 0.5, miss −18 %)',
    ]);
  });
});

describe('suites and the README', () => {
  it('finds every suite file, the issue\'s items first, then the rest alphabetically', () => {
    const { dir, cleanup } = makeTempDir('salesmap-bench-suites-');
    try {
      for (const f of ['zeta.ts', 'import.ts', 'drag.ts', 'roundTrip.ts', 'export.ts', 'types.d.ts', 'notes.md']) {
        fs.writeFileSync(path.join(dir, f), '');
      }
      expect(listSuites(dir).map((f) => path.basename(f))).toEqual(['roundTrip.ts', 'drag.ts', 'import.ts', 'export.ts', 'zeta.ts']);
    } finally {
      cleanup();
    }
  });

  it('puts the latest table between the README\'s markers and leaves the rest alone', () => {
    const { dir, cleanup } = makeTempDir('salesmap-bench-readme-');
    try {
      const file = path.join(dir, 'README.md');
      fs.writeFileSync(file, '# Bench\n\n<!-- bench:results:start -->\nold table\n<!-- bench:results:end -->\n\n## How to rerun\n');
      const machine = { date: '2026-11-27T00:00:00.000Z', cpus: 2, cpuModel: 'EPYC', memoryGB: 8, node: 'v20', chromium: '156', sqlite: '3.53', commit: 'abc', load: { start: 0.5, end: 0.7 } } as MachineFacts;
      const rows = withVerdicts('roundTrip', [row({ label: 'Round trip p99', value: 3, target: { op: '<', value: 10 } })]);
      expect(updateReadme(file, { machine, options: { quick: false, only: null, keep: false, runs: 5, sizes: [500] }, suites: [], rows })).toBe(true);
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toContain('old table');
      expect(text).toMatch(/<!-- bench:results:start -->\n\| row .*\n[^]*\| Round trip p99 [^]*\| pass [^]*load average 0\.5 → 0\.7\.\n<!-- bench:results:end -->\n\n## How to rerun\n$/);
      fs.writeFileSync(file, '# no markers\n');
      expect(updateReadme(file, { machine, options: { quick: false, only: null, keep: false, runs: 5, sizes: [500] }, suites: [], rows })).toBe(false);
      expect(fs.readFileSync(file, 'utf8')).toBe('# no markers\n');
    } finally {
      cleanup();
    }
  });
});
