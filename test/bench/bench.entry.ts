import { expect, test } from 'vitest';
import { parseOptions } from './harness/options';
import { rewriteReadmes, runBench } from './runner';

/**
 * The one entry vitest runs for `npm run bench` (vitest.bench.config.ts): vitest only gives the
 * TypeScript a place to run. A suite that crashes fails the run, and so does any row beyond its
 * target (the summary lists them) — after results.json and the tables are written. `npm test`
 * never runs this: timing decides no test.
 */
test('benchmark suites', async () => {
  const options = parseOptions(process.env.SALESMAP_BENCH);
  if (options.readme) {
    rewriteReadmes();
    return;
  }
  const { failed, misses } = await runBench(options);
  expect(failed.map((f) => `${f.name}: ${f.error}`)).toEqual([]);
  expect(misses, 'rows beyond their target (see the summary above)').toEqual([]);
});
