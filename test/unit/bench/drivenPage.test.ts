import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_OPTIONS } from '../../bench/harness/browser';
import { cdpDriver, playwrightDriver, type DrivenPage, type PageDriver } from '../../bench/harness/drivenPage';

/**
 * The open suite times the same opens under two drivers, taking turns: the bare DevTools pipe
 * (the target rows) and Playwright (the informational rows beside them). The comparison is only
 * honest if both give the page the same window: the same viewport, locale and user agent, the
 * init script before the page's own scripts, values and page errors back as the page made them.
 * Real Debian Chromium, a real page (a data: URL: no server needed).
 */
const PAGE = `data:text/html;charset=utf-8,${encodeURIComponent(
  '<!doctype html><html><body><script>window.seenAtStart = window.__probe ?? null;</script><p>客户</p></body></html>',
)}`;

/** What a page can see of its window. */
async function windowOf(page: DrivenPage) {
  await page.addInitScript((value: string) => {
    (window as unknown as { __probe: string }).__probe = value;
  }, 'set before the page');
  await page.goto(PAGE);
  // Navigation is committed, not loaded: wait for the body as the suite waits for its marker.
  for (let i = 0; i < 100 && !(await page.evaluate(() => document.readyState === 'complete', null)); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return page.evaluate(
    () => ({
      width: window.innerWidth,
      height: window.innerHeight,
      dpr: window.devicePixelRatio,
      language: navigator.language,
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
      userAgent: navigator.userAgent,
      seenAtStart: (window as unknown as { seenAtStart: string | null }).seenAtStart,
      text: document.querySelector('p')?.textContent,
    }),
    null,
  );
}

describe('the open suite drives Chromium the same way over both drivers', () => {
  let cdp: PageDriver;
  let playwright: PageDriver;
  beforeAll(async () => {
    cdp = await cdpDriver();
    playwright = await playwrightDriver();
  }, 60_000);
  afterAll(async () => {
    await cdp?.close();
    await playwright?.close();
  });

  it('gives the page the same window: viewport, locale, user agent, the init script first', async () => {
    const [a, b] = [await cdp.newPage(), await playwright.newPage()];
    try {
      const overPipe = await windowOf(a);
      const overPlaywright = await windowOf(b);
      expect(overPipe).toEqual(overPlaywright);
      expect(overPipe).toMatchObject({ width: PAGE_OPTIONS.viewport.width, height: PAGE_OPTIONS.viewport.height, language: PAGE_OPTIONS.locale });
      expect(overPipe.seenAtStart).toBe('set before the page');
      expect(overPipe.text).toBe('客户');
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);

  it('returns what the page computed, waits for its promises, and reports its errors', async () => {
    const page = await cdp.newPage();
    try {
      await page.goto(PAGE);
      expect(await page.evaluate((n: number) => n * 2, 21)).toBe(42);
      expect(await page.evaluate((s: string) => new Promise((r) => setTimeout(() => r(`${s}!`), 10)), '好')).toBe('好!');
      await expect(page.evaluate(() => { throw new Error('the board never became ready'); }, null)).rejects.toThrow(/the board never became ready/);
      await expect(page.goto('http://127.0.0.1:9/')).rejects.toThrow(/navigation to http:\/\/127\.0\.0\.1:9\/ failed/);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('gives each page a fresh context: nothing the last open stored is there', async () => {
    const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const a = await cdp.newPage();
      await a.goto(url);
      await a.evaluate(() => localStorage.setItem('last', 'open'), null);
      expect(await a.evaluate(() => localStorage.getItem('last'), null)).toBe('open');
      await a.close();
      const b = await cdp.newPage();
      try {
        await b.goto(url);
        expect(await b.evaluate(() => localStorage.getItem('last'), null)).toBeNull();
      } finally {
        await b.close();
      }
    } finally {
      server.close();
    }
  }, 60_000);
});
