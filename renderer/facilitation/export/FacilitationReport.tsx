import { inNamespace } from '../../report/parts/layout';
import { ReportBlock, ReportEmpty, ReportSection } from '../../report/parts/ReportSection';
import type { ReportSectionProps } from '../../report/sectionTypes';
import { facilitationFigures } from './figures';

/** The room's work in the report: the votes' results, the notes, the parking lot, each group's proposal. */
export function FacilitationReport({ input }: ReportSectionProps) {
  const t = inNamespace(input, 'facilitation');
  const f = facilitationFigures(input);
  const board = (id: string) => input.t(`common:boards.${id}`);
  // A workshop without any of it prints no empty page for the room's work.
  if (f.votes.length + f.notes.length + f.parking.length + f.proposals.length === 0) return null;
  return (
    <ReportSection board="facilitation" title={t('export.reportTitle')}>
      {f.votes.map((v) => (
        <ReportBlock key={v.vote.id} title={`${t('export.votesTitle')} · ${v.vote.question}`}>
          <p className="report-note">
            {t(`votes.status.${v.vote.status}`)} · {board(v.vote.board)}
            {v.ballots > 0 && <> · {t('votes.ballots', { count: v.ballots })}</>}
          </p>
          {v.visible ? (
            <table className="report-table">
              <caption className="sr-only">{v.vote.question}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('export.rank')}</th>
                  <th scope="col">{t('votes.items')}</th>
                  <th scope="col" className="num">{t('export.dots')}</th>
                </tr>
              </thead>
              <tbody>
                {v.results.map((r) => (
                  <tr key={r.item}>
                    <td className="num">{r.rank}</td>
                    <th scope="row">{r.item}</th>
                    <td className="num">{r.dots}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <ReportEmpty>{t('export.hidden')}</ReportEmpty>
          )}
        </ReportBlock>
      ))}
      {f.notes.length > 0 && (
        <ReportBlock title={t('export.notesTitle')}>
          <table className="report-table">
            <caption className="sr-only">{t('export.notesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('export.board')}</th>
                <th scope="col">{t('notes.text')}</th>
                <th scope="col">{t('notes.author')}</th>
                <th scope="col">{t('export.on')}</th>
              </tr>
            </thead>
            <tbody>
              {f.notes.map((n) => (
                <tr key={n.note.id}>
                  <td>{board(n.note.board)}</td>
                  <td className="report-text">{n.note.text}</td>
                  <td>{n.note.author}</td>
                  <td>{n.on === null ? t('notes.detached') : n.on || t('notes.onBoard')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ReportBlock>
      )}
      {f.parking.length > 0 && (
        <ReportBlock title={t('export.parkingTitle')}>
          <table className="report-table">
            <caption className="sr-only">{t('export.parkingTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('export.question')}</th>
                <th scope="col">{t('export.owner')}</th>
                <th scope="col">{t('export.status')}</th>
                <th scope="col">{t('export.answer')}</th>
              </tr>
            </thead>
            <tbody>
              {f.parking.map((p) => (
                <tr key={p.id}>
                  <td className="report-text">{p.text}</td>
                  <td>{p.owner}</td>
                  <td>{t(`parking.status.${p.status}`)}</td>
                  <td className="report-text">{p.answer}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ReportBlock>
      )}
      {f.proposals.map((p) => (
        <ReportBlock key={`${p.group.id}-${p.board}`} title={t('export.proposalTitle', { group: p.group.name, board: board(p.board) })}>
          <p className="report-note">
            {t('export.consequences', { people: p.consequences.people, cost: p.consequences.cost, uncovered: p.consequences.uncoveredSegments, gaps: p.consequences.gaps, conflicts: p.consequences.conflicts })}
          </p>
          {p.changes.length === 0 ? (
            <ReportEmpty>{t('breakout.sameAsMain')}</ReportEmpty>
          ) : (
            <table className="report-table">
              <caption className="sr-only">{t('export.proposalTitle', { group: p.group.name, board: board(p.board) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`breakout.item.${p.board}`)}</th>
                  <th scope="col">{t('breakout.main')}</th>
                  <th scope="col">{p.group.name}</th>
                </tr>
              </thead>
              <tbody>
                {p.changes.map((c) => (
                  <tr key={c.item}>
                    <th scope="row">
                      {c.item}
                      {c.conflict && <> · ⚠ {t('export.conflict')}</>}
                    </th>
                    <td>{c.main}</td>
                    <td>{c.proposed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ReportBlock>
      ))}
    </ReportSection>
  );
}
