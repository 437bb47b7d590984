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

