import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { BoardId } from '../../shared/records';
import { boardSettled, loadedBoard, preloadAfterPaint, preloadBoard, rememberBoard } from '../boards/loaders';
import { preloadReport } from '../report/lazyReport';
import { loadWorkshop } from '../state/actions';
import { useWorkshop } from '../state/workshopStore';

/**
 * The open workshop's records, loaded once for its boards and its report alike: going from a board
 * to the report (Ctrl+P) and back keeps the records on screen instead of fetching them again.
 * `board` is the board about to show (null: the report), whose code downloads meanwhile.
 */
export function OpenWorkshop({ workshopId, board, children }: { workshopId: string; board: BoardId | null; children: ReactNode }) {
  const { t } = useTranslation();
  const loadedId = useWorkshop((s) => s.workshop?.id);
  const [failed, setFailed] = useState(false);
  // On opening, the workshop shows once its first board's code is here too (or failed to come: the
  // board's slot then says so), so that board never suspends; see boards/registry.ts for why that
  // matters. Later board switches show their own "Loading" in the board's slot.
  const [codeFor, setCodeFor] = useState<BoardId | null>(() => (board && loadedBoard(board) ? board : null));
  const [shownId, setShownId] = useState<string | null>(null);
  const waitingForCode = board !== null && shownId !== workshopId && codeFor !== board && !loadedBoard(board);
  const showing = loadedId === workshopId && !waitingForCode;
  useEffect(() => {
    if (showing) setShownId(workshopId);
  }, [showing, workshopId]);

  // The records are asked for first (effects run in order): in a browser the snapshot then
  // takes one of the host's connections before the board's code files queue for the others.
  useEffect(() => {
    setFailed(false);
    void loadWorkshop(workshopId).then((ok) => setFailed(!ok));
    return () => useWorkshop.getState().clear();
  }, [workshopId]);
  // The code downloads while the records load.
  useEffect(() => {
    if (!board) return preloadReport();
    preloadBoard(board);
    // The library starts this board's code first next time.
    rememberBoard(board);
    let current = true;
    void boardSettled(board).then(() => {
      // When the code arrives after the records, the board is revealed in one synchronous render,
      // as when the records arrive last (a store update renders synchronously): its effects (the
      // drag sensors, the columns' registration, the ready marker) then run before its first
      // paint, so the board that paints takes a drag or a key at once. As a default-priority
      // render its effects waited until after that paint, and the board was usable a frame later.
      if (current) flushSync(() => setCodeFor(board));
    });
    return () => {
      current = false;
    };
  }, [board]);
  // What the board draws after its first paint (its chart) arrives in idle time once the board is
  // on screen: before, an idle moment is the wait for the records, and the chart's code (and its
  // compile) would share the host and the main thread with the records and the board's own code.
  const shown = shownId === workshopId;
  useEffect(() => {
    if (!board || !shown) return;
    const idle = requestIdleCallback(() => preloadAfterPaint(board), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [board, shown]);
  // On a board, the report's code arrives while the room works (after the board is on screen, for
  // the same reason), so Ctrl+P waits for no download.
  useEffect(() => {
    if (!shown) return;
    const idle = requestIdleCallback(preloadReport, { timeout: 5000 });
    return () => cancelIdleCallback(idle);
  }, [shown]);

  if (failed) {
    return (
      <main className="centered">
        <p>{t('errors:not_found')}</p>
        <a href="#/">{t('nav.backToLibrary')}</a>
      </main>
    );
  }
  if (!showing) return <p className="centered">{t('loading')}</p>;
  return <>{children}</>;
}
