import type { Page } from '@playwright/test';
import type { DrivenPage } from './drivenPage';

/**
 * Runs in the page before any of the app's scripts. It watches for the ready marker; when it
 * appears, a requestAnimationFrame callback runs just before the frame that shows it is painted,
 * and a message posted from there runs just after that paint: that is the moment measured.
 */
export function readyProbe(selector: string): void {
  const w = window as unknown as { __salesmapBench: { markedAt?: number; readyAt?: number } };
  w.__salesmapBench = {};
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    w.__salesmapBench.markedAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.__salesmapBench.readyAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
}


/**
 * In the running app: starts the probe, then changes the address to `hash` (as a click or a
 * shortcut does). Returns the page's clock at the change, the start of what is measured.
 */
export function probeHashChange(page: Page | DrivenPage, selector: string, hash: string): Promise<number> {
  const evaluate = page.evaluate.bind(page) as DrivenPage['evaluate'];
  return evaluate(
    ([probe, sel, to]) => {
      // The probe is passed as source: page.evaluate cannot take a function argument.
      new Function('selector', `(${probe})(selector)`)(sel);
      const t = performance.now();
      window.location.hash = to;
      return t;
    },
    [readyProbe.toString(), selector, hash] as const,
  );
}

/** When the probe saw the marker's frame painted (the page's clock); polls, but the time is taken in the page. */
export function probedReadyAt(page: Page, timeout: number): Promise<number> {
  return page
    .waitForFunction(() => (window as unknown as { __salesmapBench?: { readyAt?: number } }).__salesmapBench?.readyAt, null, { timeout, polling: 50 })
    .then((h) => h.jsonValue() as Promise<number>);
}
