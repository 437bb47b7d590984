/**
 * The benchmark suite's one extension point: a capability adds a file in test/bench/suites/
 * exporting `suite`, and its rows appear in the table and in results.json.
 */
export interface BenchRow {
  /** Stable key, e.g. "import.csv.utf8.10000". */
  id: string;
  /** What was measured, in words. */
  label: string;
  /** Data size (accounts, rows) the row was measured at, or null. */
  size: number | null;
  value: number;
  unit: 'ms' | 'MB' | 'ratio' | 'renders' | 'ops/s';
  /** The bar from the issue; null when the row is informational. */
  target: { op: '<' | '<=' | '>='; value: number } | null;
  /** Extra numbers (p50, runs, min/max) kept in results.json. */
  details?: Record<string, number | string>;
  /** Why the value is missing (NaN) or what to know when reading it; printed under the table. */
  note?: string;
}

export interface BenchContext {
  /** Seeded data generator and temp folders. */
  tmpDir: string;
  /** How many repetitions to take the median of. */
  runs: number;
  /** Sizes for growth rows (500, 2000, 10000 by default; smaller with --quick). */
  sizes: number[];
  log(message: string): void;
  /** --quick: smaller sizes and fewer runs, for checking the harness, not for the record. */
  quick: boolean;
}

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
