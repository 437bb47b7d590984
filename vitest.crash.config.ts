import { defineConfig } from 'vitest/config';

/**
 * `npm run test:crash` (also inside `npm test`): the crash suite, one file, one worker. Each
 * trial spawns the child and kills it; nothing else should compete with it for the two cores.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/crash/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
