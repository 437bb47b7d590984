/** What `npm run bench` was asked for; run.mjs passes it to the runner as JSON in SALESMAP_BENCH. */
export interface BenchOptions {
  quick: boolean;
  /** Suite names (file names without .ts) to run; null = all. */
  only: string[] | null;
  /** Keep the temp folder (seeded libraries, host logs) for a look afterwards. */
  keep: boolean;
  /** Measure nothing: rewrite the READMEs' tables from test/bench/results.json (`--readme`). */
  readme?: boolean;
  /** `--sizes`: only these sizes (working on one size; such a run is partial, never the record). */
  sizes?: number[] | null;
}

export interface BenchSettings {
  runs: number;
  sizes: number[];
}

/**
 * Full runs: the sizes (issue 15 adds a national client's 50,000 accounts), five runs per
 * median. Quick runs check the harness in a minute or two; their numbers are not for the record.
 */
export function settingsFor(options: Pick<BenchOptions, 'quick' | 'sizes'>): BenchSettings {
  const settings = options.quick ? { runs: 2, sizes: [200, 1_000] } : { runs: 5, sizes: [500, 2_000, 10_000, 50_000] };
  return options.sizes?.length ? { ...settings, sizes: [...options.sizes] } : settings;
}

/**
 * The sizes for suites whose bars stop at 10,000 accounts (the report, exports, the workshop
 * file: issue 9): their cost grows with every account listed, and at 50,000 they would take most
 * of the run's budget for rows no issue sets a bar for.
 */
export function sizesUpTo(sizes: readonly number[], largest = 10_000): number[] {
  return sizes.filter((s) => s <= largest);
}

export function parseOptions(json: string | undefined): BenchOptions {
  const raw = (json ? JSON.parse(json) : {}) as Partial<BenchOptions>;
  const only = Array.isArray(raw.only) && raw.only.length ? raw.only.map(String) : null;
  const sizes = Array.isArray(raw.sizes) ? raw.sizes.map(Number).filter((n) => Number.isInteger(n) && n > 0) : [];
  return { quick: raw.quick === true, only, keep: raw.keep === true, readme: raw.readme === true, sizes: sizes.length ? sizes : null };
}
