import type { Browser, Page } from '@playwright/test';
import { launchChromium, PAGE_OPTIONS } from './browser';
import { CdpPipe } from './cdpPipe';

/** What the open suite does to a page, whoever drives it: the same calls under both drivers. */
export interface DrivenPage {
  /** Runs `fn(arg)` in every new document before the app's own scripts. */
  addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  /** Navigates; resolves once the navigation is committed (no wait for load). */
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface PageDriver {
  /** How the page is driven, for the rows' details. */
  readonly name: 'playwright' | 'cdp';
  /** A new page in a fresh browser context (nothing cached from the last open but the OS's files). */
  newPage(): Promise<DrivenPage>;
  close(): Promise<void>;
}

function playwrightPage(page: Page): DrivenPage {
  return {
    // Playwright's own generic types (Unboxed<A>) are wider than this interface needs.
    addInitScript: async (fn, arg) => {
      await page.addInitScript(fn as never, arg as never);
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'commit' });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    close: () => page.context().close(),
  };
}

/** Playwright as the e2e tests drive Chromium (with the DevTools Network domain on). */
export async function playwrightDriver(): Promise<PageDriver> {
  const browser: Browser = await launchChromium();
  return {
    name: 'playwright',
    newPage: async () => playwrightPage(await (await browser.newContext({ ...PAGE_OPTIONS })).newPage()),
    close: () => browser.close(),
  };
}

const call = <A>(fn: (arg: A) => unknown, arg: A) => `(${fn.toString()})(${JSON.stringify(arg)})`;

/** Chromium over the bare protocol pipe (harness/cdpPipe.ts says why), same viewport and locale. */
export async function cdpDriver(): Promise<PageDriver> {
  const pipe = await CdpPipe.launch();
  const { userAgent } = (await pipe.send('Browser.getVersion')) as { userAgent: string };
  return {
    name: 'cdp',
    async newPage() {
      const { browserContextId } = (await pipe.send('Target.createBrowserContext', { disposeOnDetach: true })) as { browserContextId: string };
      const { targetId } = (await pipe.send('Target.createTarget', { url: 'about:blank', browserContextId })) as { targetId: string };
      const { sessionId } = (await pipe.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      const send = (method: string, params: Record<string, unknown> = {}) => pipe.send(method, params, sessionId);
      const { width, height } = PAGE_OPTIONS.viewport;
      // What Playwright's viewport and locale options set, without the Network domain.
      await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
      await send('Emulation.setLocaleOverride', { locale: PAGE_OPTIONS.locale });
      await send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: PAGE_OPTIONS.locale });
      await send('Page.enable');
      return {
        addInitScript: async (fn, arg) => {
          await send('Page.addScriptToEvaluateOnNewDocument', { source: call(fn, arg) });
        },
        goto: async (url) => {
          const r = (await send('Page.navigate', { url })) as { errorText?: string };
          if (r.errorText) throw new Error(`navigation to ${url} failed: ${r.errorText}`);
        },
        evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => {
          const r = (await send('Runtime.evaluate', { expression: call(fn, arg), awaitPromise: true, returnByValue: true })) as {
            result: { value?: R };
            exceptionDetails?: { text: string; exception?: { description?: string } };
          };
          if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
          return r.result.value as R;
        },
        close: async () => {
          await pipe.send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    close: () => pipe.close(),
  };
}

/** Polls `fn` in the page every 50 ms until it returns a truthy value (the time itself is taken in the page). */
export async function waitInPage<R, A>(page: DrivenPage, fn: (arg: A) => R, arg: A, timeout: number): Promise<R | null> {
  const until = performance.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (performance.now() > until) return null;
    await new Promise((r) => setTimeout(r, 50));
  }
}
