import { useSyncExternalStore } from 'react';
import { boardIdSchema, type BoardId } from '../../shared/records';

export type Route = { view: 'library' } | { view: 'workshop'; workshopId: string; board: BoardId };

/** #/ is the library; #/w/<id>/<board> a board of a workshop. A reload lands in the same place. */
export function parseHash(hash: string): Route {
  const m = /^#\/w\/([^/]+)(?:\/([a-z]+))?/.exec(hash);
  if (!m) return { view: 'library' };
  const board = boardIdSchema.safeParse(m[2]);
  return { view: 'workshop', workshopId: decodeURIComponent(m[1]!), board: board.success ? board.data : 'agenda' };
}

export function hrefFor(route: Route): string {
  return route.view === 'library' ? '#/' : `#/w/${encodeURIComponent(route.workshopId)}/${route.board}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
