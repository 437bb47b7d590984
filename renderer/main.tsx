import { boardInHash, preloadBoard } from './boards/loaders';
import { initialLanguage, warmNumberFormats } from './i18n/language';

/**
 * A page opened on a board (a reload, a link, the bench's cold open) asks for the board's code
 * first, before the app's own code has arrived and started (some 300 ms on a cold start): the two
 * downloads run side by side instead of one after the other. This module imports nothing else
 * statically, so it is the whole first chunk and runs at once.
 */
const board = boardInHash(window.location.hash);
if (board) preloadBoard(board);
void import('./app/boot');
// While the downloads run, the main thread is free: number formatting's data loads now.
setTimeout(() => warmNumberFormats(initialLanguage()), 0);
