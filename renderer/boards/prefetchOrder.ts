import type { BoardId } from '../../shared/records';
import order from './prefetchOrder.json';

/**
 * Which boards' code the library fetches first, shared by the app (boards/registry.ts) and the
 * build's board-preload.js (vite.config.ts reads the JSON), which asks for them from the page's
 * first moment on the library: the board the library's links open and the workshop's first board
 * (the largest code, sharing most of the agenda's), then the one last used on this computer.
 */
export const PREFETCH_FIRST = order.first as readonly BoardId[];

/** Where the board the facilitator last had open is kept (localStorage). */
export const LAST_BOARD_KEY: string = order.lastBoardKey;
