import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { BoardId } from '../../shared/records';
import { forgetBoard, lastBoard, LOADED_BOARDS, loadBoard, loadedBoard, prefetchBoard } from './loaders';
import { PREFETCH_FIRST } from './prefetchOrder';

export { preloadBoard } from './loaders';

/**
 * A board whose code has already arrived is handed to React.lazy as an already-settled thenable, so
 * its first render does not suspend: a suspended board shows the "Loading" fallback, and React then
 * holds back the board's reveal until 300 ms after that fallback appeared (its anti-flicker
 * throttle), which on a preloaded board was most of the wait.
 */
const lazyBoard = (board: BoardId) =>
  lazy(() => {
    const loaded = loadedBoard(board);
    if (!loaded) return loadBoard(board);
    const settled = { then: (resolve: (m: { default: ComponentType }) => void) => resolve(loaded) };
    return settled as unknown as Promise<{ default: ComponentType }>;
  });

/**
 * Each board of the workshop, loaded when first shown: opening a workshop on one board does not
 * parse the code (and charting library) of the other four.
 */
export const BOARDS = Object.fromEntries(LOADED_BOARDS.map((board) => [board, lazyBoard(board)])) as Record<BoardId, LazyExoticComponent<ComponentType>>;

/**
 * After a board's code failed to load (the network, a file gone): forget the failure, so the next
 * render asks again. React's lazy keeps a rejected load for good, hence a new lazy component.
 */
export function retryBoard(board: BoardId): void {
  forgetBoard(board);
  BOARDS[board] = lazyBoard(board);
}

/**
 * While the library is on screen, fetch every board's code ahead, so opening a workshop in the
 * room waits only for its records. First, together, the boards of PREFETCH_FIRST and the one last
 * used on this computer (board-preload.js asked for them already as the page started: this
 * finds them asked for); then the others, one board at a time, each once
 * the one before has arrived and the page is idle: a workshop opened meanwhile shares the host
 * with one board's files at most, not with all of them at once (its snapshot and its own board's
 * stylesheet waited behind the charting library of a board it does not show). Fetched and
 * compiled only (see prefetchBoard): nothing of a board runs before it is opened. Returns a
 * cancel.
 */
export function preloadBoardsWhenIdle(): () => void {
  const last = lastBoard();
  const first = [...new Set<BoardId>([...PREFETCH_FIRST, ...(last ? [last] : [])])];
  const rest = LOADED_BOARDS.filter((b) => !first.includes(b));
  let handle = 0;
  let cancelled = false;
  const next = () => {
    const board = rest.shift();
    if (!board || cancelled) return;
    void prefetchBoard(board).then(() => {
      if (!cancelled && rest.length) handle = requestIdleCallback(next, { timeout: 1000 });
    });
  };
  handle = requestIdleCallback(
    () => {
      void Promise.all(first.map(prefetchBoard)).then(() => {
        if (!cancelled) handle = requestIdleCallback(next, { timeout: 1000 });
      });
    },
    { timeout: 100 },
  );
  return () => {
    cancelled = true;
    cancelIdleCallback(handle);
  };
}
