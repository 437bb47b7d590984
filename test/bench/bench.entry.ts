import { expect, test } from 'vitest';
import { parseOptions } from './harness/options';
import { runBench } from './runner';

/**
 * The one entry vitest runs for `npm run bench` (vitest.bench.config.ts): vitest only gives the
 * TypeScript a place to run. Misses are reported, not failed; a suite that crashes fails the run.
 */
test('benchmark suites', async () => {
  const { failed } = await runBench(parseOptions(process.env.SALESMAP_BENCH));
  expect(failed.map((f) => `${f.name}: ${f.error}`)).toEqual([]);
});
