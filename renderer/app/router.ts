import { useSyncExternalStore } from 'react';
import { boardIdSchema, type BoardId } from '../../shared/records';
import { PRESENT_ROUTE, projectorHash } from '../../shared/projectorLink';

export type Route =
  | { view: 'library' }
  | { view: 'workshop'; workshopId: string; board: BoardId }
  /** The printable report of every board; `print` asks it to print (or save a PDF) once laid out. */
  | { view: 'report'; workshopId: string; print: boolean }
  /** The projector view: read-only, following what the facilitator presents (opened with a viewer token). */
  | { view: 'present'; workshopId: string };

/**
 * #/ is the library; #/w/<id>/<board> a board of a workshop; #/w/<id>/report its report
 * (#/w/<id>/report/print prints it once it is laid out); #/present/<id> the projector view.
 * A reload lands in the same place.
 */
export function parseHash(hash: string): Route {
  if (hash.startsWith(PRESENT_ROUTE)) {
    const id = hash.slice(PRESENT_ROUTE.length).split('/')[0];
    if (id) return { view: 'present', workshopId: decodeURIComponent(id) };
  }
  const m = /^#\/w\/([^/]+)(?:\/([a-z]+))?(?:\/([a-z]+))?/.exec(hash);
  if (!m) return { view: 'library' };
  const workshopId = decodeURIComponent(m[1]!);
  if (m[2] === 'report') return { view: 'report', workshopId, print: m[3] === 'print' };
  const board = boardIdSchema.safeParse(m[2]);
  return { view: 'workshop', workshopId, board: board.success ? board.data : 'agenda' };
}

export function hrefFor(route: Route): string {
  if (route.view === 'library') return '#/';
  if (route.view === 'present') return projectorHash(route.workshopId);
  const base = `#/w/${encodeURIComponent(route.workshopId)}`;
  return route.view === 'report' ? `${base}/report${route.print ? '/print' : ''}` : `${base}/${route.board}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** Changes the address without a new history entry (the report drops "/print" once it printed). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', hrefFor(route));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
