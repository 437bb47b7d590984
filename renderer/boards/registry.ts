import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { BoardId } from '../../shared/records';

type BoardModule = Promise<{ default: ComponentType }>;

/** Each board's code, as its own chunk. */
const LOADERS: Record<BoardId, () => BoardModule> = {
  agenda: () => import('./agenda/AgendaBoard').then((m) => ({ default: m.AgendaBoard })),
  segments: () => import('./segments/SegmentsBoard').then((m) => ({ default: m.SegmentsBoard })),
  coverage: () => import('./coverage/CoverageBoard').then((m) => ({ default: m.CoverageBoard })),
  routes: () => import('./routes/RoutesBoard').then((m) => ({ default: m.RoutesBoard })),
  method: () => import('./method/MethodBoard').then((m) => ({ default: m.MethodBoard })),
  opportunities: () => import('./opportunities/OpportunitiesBoard').then((m) => ({ default: m.OpportunitiesBoard })),
  cadence: () => import('./cadence/CadenceBoard').then((m) => ({ default: m.CadenceBoard })),
};

const started = new Map<BoardId, BoardModule>();

/** One request per board, whoever asks first (the preload or the first render). */
function load(board: BoardId): BoardModule {
  let module = started.get(board);
  if (!module) {
    module = LOADERS[board]();
    started.set(board, module);
  }
  return module;
}

const lazyBoard = (board: BoardId) => lazy(() => load(board));

/**
 * Each board of the workshop, loaded when first shown: opening a workshop on one board does not
 * parse the code (and charting library) of the other four.
 */
export const BOARDS = Object.fromEntries((Object.keys(LOADERS) as BoardId[]).map((board) => [board, lazyBoard(board)])) as Record<
  BoardId,
  LazyExoticComponent<ComponentType>
>;

/**
 * After a board's code failed to load (the network, a file gone): forget the failure, so the next
 * render asks again. React's lazy keeps a rejected load for good, hence a new lazy component.
 */
export function retryBoard(board: BoardId): void {
  started.delete(board);
  BOARDS[board] = lazyBoard(board);
}

/** Starts fetching a board's code now, alongside the workshop's records, instead of after them. */
export function preloadBoard(board: BoardId): void {
  load(board).catch(() => {
    // The render that needs it reports the failure; a preload stays silent.
  });
}

/**
 * While the library sits idle on screen, fetch and compile every board's code, one per idle
 * moment, so opening a workshop in the room waits only for its records. Returns a cancel.
 */
export function preloadBoardsWhenIdle(): () => void {
  const queue = Object.keys(LOADERS) as BoardId[];
  let handle = 0;
  const next = () => {
    const board = queue.shift();
    if (!board) return;
    preloadBoard(board);
    handle = requestIdleCallback(next, { timeout: 5000 });
  };
  handle = requestIdleCallback(next, { timeout: 5000 });
  return () => cancelIdleCallback(handle);
}
