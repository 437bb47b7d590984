import { useEffect } from 'react';
import type { PresentedPanel } from '../../shared/presence';
import type { BoardId } from '../../shared/records';
import { BreakoutPanel } from '../facilitation/breakout/BreakoutPanel';
import { useBreakoutPanel } from '../facilitation/breakout/breakoutPanel';
import { ProjectedNotes } from './ProjectedNotes';
import { ProjectedParking } from './ProjectedParking';
import { ProjectedVote } from './ProjectedVote';
import '../facilitation/facilitation.css';

/**
 * The facilitation panel the facilitator has open, for the room in large type over the board:
 * the board's latest vote (its ranked result once the room may see it), the board's notes, the
 * parking lot, or a breakout comparison. Read-only: the projector follows, it never edits.
 */
export function ProjectorPanel({ panel, board }: { panel: PresentedPanel | null | undefined; board: BoardId }) {
  const breakout = panel?.kind === 'breakout' ? panel : null;
  useEffect(() => {
    const state = useBreakoutPanel.getState();
    if (breakout) state.show(breakout.board, breakout.tab);
    else state.close();
  }, [breakout?.board, breakout?.tab, breakout]);
  if (panel?.kind === 'votes') return <ProjectedVote board={board} />;
  if (panel?.kind === 'notes') return <ProjectedNotes board={board} />;
  if (panel?.kind === 'parking') return <ProjectedParking />;
  return breakout ? <BreakoutPanel /> : null;
}
