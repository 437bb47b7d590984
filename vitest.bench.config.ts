import { defineConfig } from 'vitest/config';

/**
 * `npm run bench` (test/bench/run.mjs) runs test/bench/bench.entry.ts with this config: one file,
 * one worker, no parallelism, no timeout, console straight to the terminal. Not part of `npm test`.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('bench') },
  test: {
    include: ['test/bench/bench.entry.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 0,
    hookTimeout: 0,
    disableConsoleIntercept: true,
    reporters: ['dot'],
  },
});
