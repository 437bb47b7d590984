import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { BoardId } from '../../shared/records';
import { forgetBoard, lastBoard, LOADED_BOARDS, loadBoard, loadedBoard, prefetchBoard } from './loaders';

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
 * While the library is on screen, fetch every board's code ahead, one board per idle moment, so
 * opening a workshop in the room waits only for its records: first the board the library's links
 * open and the one last used on this computer, then the others. Fetched and compiled only (see
 * prefetchBoard): a workshop opened meanwhile is not slowed by boards it does not show. Returns a
 * cancel.
 */
export function preloadBoardsWhenIdle(): () => void {
  const last = lastBoard();
  const queue = [...new Set<BoardId>(['agenda', ...(last ? [last] : []), ...LOADED_BOARDS])];
  let handle = 0;
  const next = () => {
    const board = queue.shift();
    if (board) prefetchBoard(board);
    if (queue.length) handle = requestIdleCallback(next, { timeout: 1000 });
  };
  handle = requestIdleCallback(next, { timeout: 100 });
  return () => cancelIdleCallback(handle);
}
