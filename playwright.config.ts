import { defineConfig } from '@playwright/test';

/**
 * End-to-end: the real renderer and service (browser host, real SQLite in temp folders) driven in
 * Debian's Chromium. Never `npx playwright install`: it downloads.
 */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
