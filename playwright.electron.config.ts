import { defineConfig } from '@playwright/test';

/** The Electron smoke test: runs where Electron's binary exists; skipped with its reason elsewhere. */
export default defineConfig({
  testDir: 'test/electron',
  timeout: 180_000,
  workers: 1,
  reporter: [['list']],
});
