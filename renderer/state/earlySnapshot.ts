import type { WorkshopSnapshot } from '../../shared/api';
import { api } from '../api/client';

/**
 * A page loaded straight onto a workshop (a reload, a link, the app reopening where it was) asks
 * for the workshop's snapshot before React mounts: the service reads and sends it while the
 * page's code is still starting, instead of after the first render. The workshop view's first
 * load takes this answer (once); every later load asks afresh.
 */
let early: { workshopId: string; snapshot: Promise<WorkshopSnapshot> } | null = null;

/** Starts the request for the workshop in `hash` (#/w/<id>/…), if it names one. */
export function requestSnapshotEarly(hash: string): void {
  const m = /^#\/w\/([^/]+)/.exec(hash);
  if (!m) return;
  const workshopId = decodeURIComponent(m[1]!);
  const snapshot = api.call('openWorkshop', { workshopId });
  // Nobody may ever take it (the user goes back to the library first): no unhandled rejection.
  snapshot.catch(() => undefined);
  early = { workshopId, snapshot };
}

/** The early answer for this workshop, once; null when there is none (ask the service now). */
export function takeEarlySnapshot(workshopId: string): Promise<WorkshopSnapshot> | null {
  const taken = early;
  early = null;
  return taken && taken.workshopId === workshopId ? taken.snapshot : null;
}
