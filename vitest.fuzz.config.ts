import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fuzz`: the fuzz suite of `npm test` (test/unit/fuzz) with ten times the cases
 * (over 100,000), for a longer look before a release. Not part of `npm test`.
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/unit/fuzz/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 0,
    env: { SALESMAP_FUZZ_SCALE: '10' },
  },
});
