/**
 * Render counters for the drag benchmark (test/bench/suites/drag.ts). Off unless the page was
 * opened with `?bench=1`; then `window.__salesmapRenderCounts` holds how many times each kind of
 * component rendered, so the benchmark can tell how many cards a drag re-rendered.
 */
export type RenderKind = 'card' | 'preview' | 'column' | 'header';

declare global {
  interface Window {
    __salesmapRenderCounts?: Record<RenderKind, number>;
  }
}

const enabled = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('bench') === '1';
const counts: Record<RenderKind, number> = { card: 0, preview: 0, column: 0, header: 0 };
if (enabled) window.__salesmapRenderCounts = counts;

/** Called in the render of the counted components; a no-op outside benchmarks. */
export function countRender(kind: RenderKind): void {
  if (enabled) counts[kind] += 1;
}
