import { lazy } from 'react';

/** The report's code (its sections and print styles) as its own chunk: boards never wait for it. */
const load = () => import('./ReportView');
let started: ReturnType<typeof load> | null = null;
const once = () => (started ??= load());

export const LazyReportView = lazy(() => once().then((m) => ({ default: m.ReportView })));

/** Starts fetching the report's code while the workshop's records load. */
export function preloadReport(): void {
  once().catch(() => {
    // The render that needs it reports the failure; a preload stays silent.
  });
}
