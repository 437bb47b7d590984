import { defineConfig } from 'vitest/config';

/** Unit tests: shared logic, the store, the service and the browser host, on real SQLite files. */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
