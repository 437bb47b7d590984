import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardId } from '../../shared/records';
import { preloadBoard } from '../boards/registry';
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

  // The code downloads while the records load (effects run in order: this one first).
  useEffect(() => (board ? preloadBoard(board) : preloadReport()), [board]);
  // On a board, the report's code arrives while the room works, so Ctrl+P waits for no download.
  useEffect(() => {
    const idle = requestIdleCallback(preloadReport, { timeout: 5000 });
    return () => cancelIdleCallback(idle);
  }, []);
  useEffect(() => {
    setFailed(false);
    void loadWorkshop(workshopId).then((ok) => setFailed(!ok));
    return () => useWorkshop.getState().clear();
  }, [workshopId]);

  if (failed) {
    return (
      <main className="centered">
        <p>{t('errors:not_found')}</p>
        <a href="#/">{t('nav.backToLibrary')}</a>
      </main>
    );
  }
  if (loadedId !== workshopId) return <p className="centered">{t('loading')}</p>;
  return <>{children}</>;
}
