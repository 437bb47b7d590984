import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumVersion, launchChromium } from './harness/browser';
import { loadNow, machineFacts } from './harness/machine';
import { settingsFor, type BenchOptions } from './harness/options';
import { machineLine, orderRows, updateReadme, withVerdicts, writeResults, type BenchResults, type ResultRow, type SuiteOutcome } from './harness/results';
import { formatTable, formatTarget, formatValue } from './harness/table';
import type { BenchContext, BenchRow, BenchSuite } from './types';

const BENCH_DIR = path.resolve('test/bench');
const SUITES_DIR = path.join(BENCH_DIR, 'suites');
const UNITS = new Set<BenchRow['unit']>(['ms', 'MB', 'ratio', 'renders', 'ops/s']);

/**
 * The issue's items first, in its order, so the table reads like the issue; any other suite
 * follows alphabetically. Ordering only: a suite not named here still runs.
 */
const ISSUE_ORDER = ['roundTrip', 'hostRoundTrip', 'openWorkshop', 'drag', 'import', 'calc'];

/** Every suite file: a capability adds test/bench/suites/<name>.ts exporting `suite`, and that is all. */
export function listSuites(dir = SUITES_DIR): string[] {
  const rank = (f: string) => {
    const i = ISSUE_ORDER.indexOf(path.basename(f, '.ts'));
    return i < 0 ? ISSUE_ORDER.length : i;
  };
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((f) => path.join(dir, f));
}

function checkRow(row: BenchRow, file: string): void {
  const problem =
    typeof row.id !== 'string' || !row.id ? 'an id' :
    typeof row.label !== 'string' || !row.label ? 'a label' :
    typeof row.value !== 'number' ? 'a numeric value' :
    !UNITS.has(row.unit) ? `a known unit (${[...UNITS].join(', ')})` :
    row.size !== null && typeof row.size !== 'number' ? 'a numeric or null size' : null;
  if (problem) throw new Error(`${path.basename(file)} returned a row without ${problem}: ${JSON.stringify(row)}`);
}

async function loadSuite(file: string): Promise<BenchSuite> {
  const mod = (await import(pathToFileURL(file).href)) as { suite?: BenchSuite };
  if (!mod.suite || typeof mod.suite.run !== 'function' || typeof mod.suite.name !== 'string') {
    throw new Error(`${path.basename(file)} must export \`suite: BenchSuite\` ({ name, run })`);
  }
  return mod.suite;
}

export interface BenchOutcome {
  results: BenchResults;
  resultsFile: string;
  failed: SuiteOutcome[];
  /** Rows beyond their target, as "id: value unit (target, miss by)": each fails the bench run. */
  misses: string[];
}

const README_FILES = [path.join(BENCH_DIR, 'README.md'), path.join(BENCH_DIR, '..', '..', 'README.md')];

/** `npm run bench -- --readme`: the READMEs' tables from the recorded full run, measuring nothing. */
export function rewriteReadmes(file = path.join(BENCH_DIR, 'results.json')): void {
  const results = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
  for (const readme of README_FILES) {
    console.log(`${updateReadme(readme, results) ? 'Rewrote' : 'No markers in'} ${path.relative(process.cwd(), readme)}`);
  }
}

/** The rows that missed their bar, one line each, for the summary. */
export function missesOf(rows: readonly ResultRow[]): string[] {
  return rows
    .filter((r) => r.verdict === 'miss')
    .map((r) => `${r.id}: ${formatValue(r.value, r.unit)} ${r.unit} (target ${formatTarget(r)}, miss ${r.missBy})`);
}

/**
 * Runs the suites one after another (never in parallel: they would time each other), prints the
 * table and writes the results. A suite that throws is reported and the others still run.
 */
export async function runBench(options: BenchOptions): Promise<BenchOutcome> {
  const settings = settingsFor(options);
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesmap-bench-'));
  const all = listSuites();
  const names = all.map((f) => path.basename(f, '.ts'));
  const wanted = options.only?.map((n) => n.replace(/\.ts$/, '').toLowerCase()) ?? null;
  const unknown = wanted?.filter((w) => !names.some((n) => n.toLowerCase() === w)) ?? [];
  if (unknown.length) throw new Error(`No suite named ${unknown.join(', ')}; suites: ${names.join(', ')}`);
  const files = wanted ? all.filter((f) => wanted.includes(path.basename(f, '.ts').toLowerCase())) : all;

  console.log(`\nSalesmap benchmark · ${options.quick ? 'quick (numbers not for the record)' : 'full'} · sizes ${settings.sizes.join(', ')} · median of ${settings.runs} runs`);
  const loadAtStart = loadNow();
  const cpus = os.availableParallelism();
  if (loadAtStart > cpus) {
    console.log(`⚠ The machine is busy (load average ${loadAtStart} on ${cpus} CPUs): other work will inflate these numbers.`);
  }
  console.log(`Suites: ${files.map((f) => path.basename(f, '.ts')).join(', ')} · temp folder ${tmpDir}\n`);

  const outcomes: SuiteOutcome[] = [];
  const rows: ResultRow[] = [];
  for (const file of files) {
    const fileName = path.basename(file);
    const started = performance.now();
    let name = path.basename(file, '.ts');
    const ctx: BenchContext = {
      tmpDir,
      runs: settings.runs,
      sizes: [...settings.sizes],
      quick: options.quick,
      log: (message) => console.log(`  [${name}] ${message}`),
    };
    try {
      const suite = await loadSuite(file);
      name = suite.name;
      console.log(`▶ ${name}`);
      const produced = await suite.run(ctx);
      for (const r of produced) checkRow(r, file);
      rows.push(...withVerdicts(name, orderRows(produced)));
      outcomes.push({ name, file: fileName, seconds: Math.round((performance.now() - started) / 100) / 10, rows: produced.length });
    } catch (e) {
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      console.error(`✖ ${name} failed:\n${error}`);
      outcomes.push({ name, file: fileName, seconds: Math.round((performance.now() - started) / 100) / 10, rows: 0, error: (e as Error).message ?? String(e) });
    }
  }

  // Chromium's version belongs in the facts even when no suite opened a browser.
  if (!chromiumVersion()) {
    try {
      await (await launchChromium()).close();
    } catch {
      // No Chromium on this machine: the facts say "not launched".
    }
  }
  const results: BenchResults = {
    machine: machineFacts(tmpDir, chromiumVersion(), loadAtStart),
    options: { ...options, ...settings },
    suites: outcomes,
    rows,
  };
  const full = !options.quick && !options.only && !options.sizes;
  // Partial runs (--quick, --only) never overwrite the record; test/bench/data/ is git-ignored.
  const resultsFile = full ? path.join(BENCH_DIR, 'results.json') : path.join(BENCH_DIR, 'data', 'results.partial.json');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeResults(resultsFile, results);
  // Both READMEs show the latest full run: the project's front page and the suite's own page.
  if (full) for (const readme of README_FILES) updateReadme(readme, results);

  console.log(`\n${formatTable(rows)}\n`);
  console.log(`Measured ${machineLine(results.machine)}.`);
  for (const o of outcomes) {
    console.log(`  ${o.error ? '✖' : '✓'} ${o.name}: ${o.rows} rows in ${o.seconds} s${o.error ? ` — FAILED: ${o.error}` : ''}`);
  }
  console.log(`Results: ${path.relative(process.cwd(), resultsFile)}${full ? ' (and the tables in README.md and test/bench/README.md)' : ''}`);

  const misses = missesOf(rows);
  const passed = rows.filter((r) => r.verdict === 'pass').length;
  console.log(`\nSummary: ${passed} rows meet their target, ${misses.length} miss it, ${rows.filter((r) => r.verdict === 'info').length} informational, ${rows.filter((r) => r.verdict === 'n/a').length} not measured.`);
  for (const m of misses) console.log(`  ✖ ${m}`);
  if (misses.length) console.log('The bench run fails: every row beyond its target is a regression to look at (npm test is not affected).');

  if (options.keep) console.log(`Temp folder kept: ${tmpDir}`);
  else fs.rmSync(tmpDir, { recursive: true, force: true });
  return { results, resultsFile, failed: outcomes.filter((o) => o.error), misses };
}
