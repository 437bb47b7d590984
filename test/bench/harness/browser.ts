import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import playwrightConfig from '../../../playwright.config';

let version: string | null = null;

/** Chromium's version, once any suite has launched it (for results.json). */
export function chromiumVersion(): string | null {
  return version;
}

/**
 * Debian's Chromium with exactly the e2e flags (playwright.config.ts is the one source), headless.
 * Never `npx playwright install`: it downloads.
 */
export async function launchChromium(): Promise<Browser> {
  const options: LaunchOptions = { ...playwrightConfig.use?.launchOptions, headless: true };
  const browser = await chromium.launch(options);
  version = browser.version();
  return browser;
}

/** The viewport and locale the e2e tests use: a projector-sized window, zh-CN. */
export const PAGE_OPTIONS = {
  viewport: playwrightConfig.use?.viewport ?? { width: 1440, height: 900 },
  locale: playwrightConfig.use?.locale ?? 'zh-CN',
} as const;
