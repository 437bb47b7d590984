import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardId } from '../../shared/records';
import { BOARDS } from '../boards/registry';
import { NotesPanel } from '../facilitation/NotesPanel';
import { ParkingLot } from '../facilitation/ParkingLot';
import { VotesPanel } from '../facilitation/VotesPanel';
import { BoardNav } from './BoardNav';
import { usePresentation } from './presentation';
import { TopBar } from './TopBar';

/** A workshop (loaded by OpenWorkshop): top bar, the boards on the left, the current board filling the rest. */
export function WorkshopView({ workshopId, board }: { workshopId: string; board: BoardId }) {
  const { t } = useTranslation();
  const presenting = usePresentation((s) => s.presenting);
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
      <ParkingLot board={board} />
      <NotesPanel board={board} />
      <VotesPanel board={board} />
    </div>
  );
}
