import type { DeckContext } from '../../../shared/export/deck';
import { facilitationFigures } from './figures';

/**
 * The room's work in the deck: one slide per vote (its ranked result), the notes, the parking
 * lot, and one slide per breakout group's proposal of a board. Nothing when the room did none of it.
 */
export async function facilitationSlides(deck: DeckContext): Promise<void> {
  const { input } = deck;
  const t = (key: string, values?: Record<string, unknown>) => input.t(`facilitation:${key}`, values);
  const f = facilitationFigures(input);
  for (const v of f.votes) {
    const subtitle = `${t(`votes.status.${v.vote.status}`)} · ${input.t(`common:boards.${v.vote.board}`)}${v.ballots ? ` · ${t('votes.ballots', { count: v.ballots })}` : ''}`;
    await deck.addTableSlides({
      heading: { title: v.vote.question, subtitle },
      table: {
        columns: [
          { header: t('export.rank'), width: 1, align: 'right' },
          { header: t('votes.items'), width: 7 },
          { header: t('export.dots'), width: 2, align: 'right' },
        ],
        rows: v.visible ? v.results.map((r) => [String(r.rank), r.item, String(r.dots)]) : [['—', t('export.hidden'), '—']],
      },
    });
  }
  if (f.notes.length > 0) {
    await deck.addTableSlides({
      heading: { title: t('export.notesTitle') },
      table: {
        columns: [
          { header: t('export.board'), width: 1.8 },
          { header: t('notes.text'), width: 5.2 },
          { header: t('notes.author'), width: 1.5 },
          { header: t('export.on'), width: 2.5 },
        ],
        rows: f.notes.map((n) => [input.t(`common:boards.${n.note.board}`), n.note.text, n.note.author, n.on === null ? t('notes.detached') : n.on || t('notes.onBoard')]),
      },
    });
  }
  if (f.parking.length > 0) {
    await deck.addTableSlides({
      heading: { title: t('export.parkingTitle') },
      table: {
        columns: [
          { header: t('export.question'), width: 4.5 },
          { header: t('export.owner'), width: 1.5 },
          { header: t('export.status'), width: 1.3 },
          { header: t('export.answer'), width: 3.7 },
        ],
        rows: f.parking.map((p) => [p.text, p.owner, t(`parking.status.${p.status}`), p.answer]),
      },
    });
  }
  for (const p of f.proposals) {
    const c = p.consequences;
    await deck.addTableSlides({
      heading: {
        title: t('export.proposalTitle', { group: p.group.name, board: input.t(`common:boards.${p.board}`) }),
        subtitle: t('export.consequences', { people: c.people, cost: c.cost, uncovered: c.uncoveredSegments, gaps: c.gaps, conflicts: c.conflicts }),
      },
      table: {
        columns: [
          { header: t(`breakout.item.${p.board}`), width: 3 },
          { header: t('breakout.main'), width: 3.5 },
          { header: p.group.name, width: 3.5 },
        ],
        rows: p.changes.length ? p.changes.map((x) => [x.conflict ? `⚠ ${x.item}` : x.item, x.main, x.proposed]) : [['—', t('breakout.sameAsMain'), '—']],
      },
    });
  }
}
