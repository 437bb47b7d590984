import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { tally } from '../../shared/calc/votes';
import { sortByOrder } from '../../shared/order';
import type { PresentedPanel } from '../../shared/presence';
import type { BoardId } from '../../shared/records';
import { anchorLabel } from '../facilitation/anchorLabel';
import { VoteResults } from '../facilitation/VoteResults';
import { BreakoutPanel } from '../facilitation/breakout/BreakoutPanel';
import { useBreakoutPanel } from '../facilitation/breakout/breakoutPanel';
import { useWorkshop } from '../state/workshopStore';
import '../facilitation/facilitation.css';

/**
 * The facilitation panel the facilitator has open, for the room in large type over the board:
 * the board's latest vote (its ranked result once the room may see it), the board's notes, or a
 * breakout comparison. Read-only: the projector follows, it never edits.
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
  return breakout ? <BreakoutPanel /> : null;
}

function ProjectedVote({ board }: { board: BoardId }) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const vote = sortByOrder([...records.vote.values()].filter((v) => v.board === board)).pop();
  if (!vote) return null;
  const results = tally(vote, records.ballot.values());
  return (
    <section className="projected-panel" aria-label={vote.question}>
      <h2>{vote.question}</h2>
      <p className="muted">{t(`votes.status.${vote.status}`)}</p>
      <VoteResults vote={vote} results={results} records={records} />
    </section>
  );
}

function ProjectedNotes({ board }: { board: BoardId }) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const notes = sortByOrder([...records.note.values()].filter((n) => n.board === board));
  return (
    <section className="projected-panel" aria-label={t('notes.title', { board: t(`common:boards.${board}`) })}>
      <h2>{t('notes.title', { board: t(`common:boards.${board}`) })}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t('notes.empty')}</p>
      ) : (
        <ul className="projected-notes">
          {notes.map((n) => (
            <li key={n.id} className="sticky-note" style={{ background: n.color }}>
              <p className="parking-text">{n.text}</p>
              <p className="parking-meta">
                {n.author && <span>{n.author}</span>} {n.anchor && <span>{anchorLabel(n.anchor, records) ?? t('notes.detached')}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
