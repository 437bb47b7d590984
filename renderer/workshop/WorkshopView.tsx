import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardId } from '../../shared/records';
import { BOARDS, preloadBoard } from '../boards/registry';
import { loadWorkshop } from '../state/actions';
import { useWorkshop } from '../state/workshopStore';
import { BoardNav } from './BoardNav';
import { usePresentation } from './presentation';
import { TopBar } from './TopBar';

/** A workshop: top bar, the boards on the left, the current board filling the rest. */
export function WorkshopView({ workshopId, board }: { workshopId: string; board: BoardId }) {
  const { t } = useTranslation();
  const loadedId = useWorkshop((s) => s.workshop?.id);
  const presenting = usePresentation((s) => s.presenting);
  const [failed, setFailed] = useState(false);

  // The board's code downloads while the records load (effects run in order: this one first).
  useEffect(() => preloadBoard(board), [board]);
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
  const Board = BOARDS[board];
  return (
    <div className={`workshop${presenting ? ' presenting' : ''}`}>
      <TopBar />
      <BoardNav workshopId={workshopId} board={board} />
      <main className="board-area" aria-label={t(`boards.${board}`)}>
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <Board />
        </Suspense>
      </main>
    </div>
  );
}
