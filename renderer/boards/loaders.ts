import type { ComponentType } from 'react';
import type { BoardId } from '../../shared/records';
import { LAST_BOARD_KEY } from './prefetchOrder';

/**
 * Each board's code, as its own chunk, and the one place that starts loading it. No React and no
 * schemas here: the app's entry imports this first, so a page opened on a board asks for the
 * board's code while the app's own code is still arriving and starting (main.tsx).
 */
type BoardModule = Promise<{ default: ComponentType }>;

const LOADERS: Record<BoardId, () => BoardModule> = {
  agenda: () => import('./agenda/AgendaBoard').then((m) => ({ default: m.AgendaBoard })),
  segments: () => import('./segments/SegmentsBoard').then((m) => ({ default: m.SegmentsBoard })),
  coverage: () => import('./coverage/CoverageBoard').then((m) => ({ default: m.CoverageBoard })),
  routes: () => import('./routes/RoutesBoard').then((m) => ({ default: m.RoutesBoard })),
  method: () => import('./method/MethodBoard').then((m) => ({ default: m.MethodBoard })),
  opportunities: () => import('./opportunities/OpportunitiesBoard').then((m) => ({ default: m.OpportunitiesBoard })),
  cadence: () => import('./cadence/CadenceBoard').then((m) => ({ default: m.CadenceBoard })),
};

/** Code a board shows only after its first paint (its charting library), fetched ahead in idle time. */
const AFTER_PAINT: Partial<Record<BoardId, () => Promise<unknown>>> = {
  segments: () => import('./segments/figures/RevenueShareBar'),
};

export const LOADED_BOARDS = Object.keys(LOADERS) as BoardId[];

export function isBoardId(value: string | undefined): value is BoardId {
  return value !== undefined && Object.prototype.hasOwnProperty.call(LOADERS, value);
}

const started = new Map<BoardId, BoardModule>();
/** Boards whose code has arrived and run: they render at once, without suspending. */
const ready = new Map<BoardId, { default: ComponentType }>();

/** One request per board, whoever asks first (a preload or the first render). */
export function loadBoard(board: BoardId): BoardModule {
  let module = started.get(board);
  if (!module) {
    module = LOADERS[board]();
    started.set(board, module);
    module.then(
      (m) => void ready.set(board, m),
      () => undefined,
    );
  }
  return module;
}

/** The board's code if it has already arrived (null: not asked for, on its way, or failed). */
export function loadedBoard(board: BoardId): { default: ComponentType } | null {
  return ready.get(board) ?? null;
}

/** Settles once the board's code has arrived or failed to (never rejects: the render reports it). */
export function boardSettled(board: BoardId): Promise<void> {
  return loadBoard(board).then(
    () => undefined,
    () => undefined,
  );
}

/** Forget a board's load (after it failed), so the next request asks again. */
export function forgetBoard(board: BoardId): void {
  started.delete(board);
}

/** Starts fetching a board's code now; a failed preload is forgotten, so the render asks again. */
export function preloadBoard(board: BoardId): void {
  const module = loadBoard(board);
  module.catch(() => {
    // The render that needs it reports the failure; a preload stays silent.
    if (started.get(board) === module) started.delete(board);
  });
}

/**
 * Fetches (and lets the browser compile) a board's code without running it: the library's idle
 * prefetch, so nothing of a board runs on the main thread before it is opened. board-preload.js
 * (written by the build, vite.config.ts) knows each board's chunks; without it (the dev server),
 * nothing is fetched ahead. Settles once the board's files have arrived or failed (never rejects).
 */
export function prefetchBoard(board: BoardId): Promise<void> {
  const prefetch = (window as { __salesmapPrefetchBoard?: (board: string) => Promise<unknown> }).__salesmapPrefetchBoard;
  return prefetch ? prefetch(board).then(() => undefined) : Promise.resolve();
}

/** Starts fetching what a board draws after its first paint (nothing if it has none). */
export function preloadAfterPaint(board: BoardId): void {
  AFTER_PAINT[board]?.().catch(() => {
    // The board's own lazy load reports it, if it still fails then.
  });
}

/** The board the facilitator last had open (this computer), the likeliest next one. */
export function lastBoard(): BoardId | null {
  try {
    const saved = localStorage.getItem(LAST_BOARD_KEY) ?? undefined;
    return isBoardId(saved) ? saved : null;
  } catch {
    return null;
  }
}

export function rememberBoard(board: BoardId): void {
  try {
    localStorage.setItem(LAST_BOARD_KEY, board);
  } catch {
    // Storage full or refused: the preload order is only a guess anyway.
  }
}

/** The board in an address such as #/w/<id>/segments (null: the library, the report, the projector). */
export function boardInHash(hash: string): BoardId | null {
  const m = /^#\/w\/[^/]+\/([a-z]+)$/.exec(hash);
  return m && isBoardId(m[1]) ? m[1] : null;
}
