import { useTranslation } from 'react-i18next';
import type { BoardId } from '../../shared/records';
import { NotesPanel } from '../facilitation/NotesPanel';
import { ParkingLot } from '../facilitation/ParkingLot';
import { VotesPanel } from '../facilitation/VotesPanel';
import { BreakoutPanel } from '../facilitation/breakout/BreakoutPanel';
import { ReadOnlyBoard } from '../ui/readOnly';
import { BoardNav } from './BoardNav';
import { BoardSlot } from './BoardSlot';
import { usePresentation } from './presentation';
import { SkipToBoard } from './SkipToBoard';
import { usePublishPresence } from './publishPresence';
import { TopBar } from './TopBar';
import { useApplyZoom } from './zoom';
import './present.css';

/** A workshop (loaded by OpenWorkshop): top bar, the boards on the left, the current board filling the rest. */
export function WorkshopView({ workshopId, board }: { workshopId: string; board: BoardId }) {
  const { t } = useTranslation();
  const presenting = usePresentation((s) => s.presenting);
  const blank = usePresentation((s) => s.blank);
  usePublishPresence(workshopId, board);
  useApplyZoom(usePresentation((s) => s.zoom), presenting);
  return (
    <div className={`workshop${presenting ? ' presenting' : ''}`}>
      <SkipToBoard />
      <TopBar />
      <BoardNav workshopId={workshopId} board={board} />
      <main id="board" className="board-area" aria-label={t(`boards.${board}`)}>
        {/* Present mode shows the board as the room sees it: no editing controls. */}
        <ReadOnlyBoard readOnly={presenting}>
          <BoardSlot board={board} />
        </ReadOnlyBoard>
      </main>
      <ParkingLot board={board} />
      <NotesPanel board={board} />
      <VotesPanel board={board} />
      <BreakoutPanel />
      {/* One screen: present mode is the projector, so B blanks this window too. */}
      {presenting && blank && <div className="projector-blank" role="img" aria-label={t('projector.blanked')} />}
    </div>
  );
}
