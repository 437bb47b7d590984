import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueIn } from '../../../shared/breakout/compare';
import type { BreakoutBoard } from '../../../shared/records';
import { dispatchWithUndo } from '../../state/actions';
import { useWorkshop } from '../../state/workshopStore';
import { useFitCount } from '../../ui/fitList';
import { ConsequencesTable } from './ConsequencesTable';
import { keyLabel, valueLabel } from '../export/labels';
import type { BreakoutData } from './useBreakout';

const KEEP = '';
/** More differences than the room's screen ever shows at once: the read-only table is measured from here down. */
const CAP = 40;
const bodyRows = (box: HTMLElement) => [...box.querySelectorAll<HTMLElement>('tbody > tr')];

/**
 * Two or more groups' copies side by side with the main board: every thing a group says
 * differently, each group's value marked where it differs, conflicts (groups disagree, or the main
 * board changed since) flagged for the facilitator, who picks per row; the picked rows merge into
 * the main board as one undoable step.
 */
export function Compare({ board, data, readOnly }: { board: BreakoutBoard; data: BreakoutData; readOnly: boolean }) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const withCopy = data.groups.filter((g) => data.copies.has(g.id));
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [picks, setPicks] = useState<ReadonlyMap<string, string>>(new Map());
  const shown = withCopy.filter((g) => !hidden.has(g.id));
  const shownCopies = new Set(shown.map((g) => data.copies.get(g.id)!.id));
  const rows = data.differences.filter((d) => d.proposals.some((p) => shownCopies.has(p.copyId)));
  // A pick stays only while its row is still a difference the copy proposes (after a merge it is gone).
  const live = [...picks].filter(([key, copyId]) => rows.some((d) => d.key === key && d.proposals.some((p) => p.copyId === copyId)));
  const boardName = t(`common:boards.${board}`);
  // The room's view (present mode, the projector) never scrolls: the rows that fit, and how many more.
  const fitBox = useRef<HTMLDivElement>(null);
  const em = useRef<HTMLSpanElement>(null);
  const fit = useFitCount(fitBox, em, rows.length, CAP, rows.map((d) => d.key).join(), bodyRows);
  const shownRows = readOnly ? rows.slice(0, fit) : rows;

  if (withCopy.length === 0) return <p className="muted">{t('breakout.noCopies', { board: boardName })}</p>;
  const pick = (key: string, copyId: string) => setPicks(new Map(picks).set(key, copyId));
  const takeAgreed = () => {
    const next = new Map(picks);
    for (const d of rows) if (!d.conflict) next.set(d.key, d.proposals.find((p) => shownCopies.has(p.copyId))!.copyId);
    setPicks(next);
  };
  const merge = async () => {
    const result = await dispatchWithUndo({ type: 'breakout.merge', picks: live.map(([key, copyId]) => ({ key, copyId })) }, t('breakout.merged', { count: live.length, board: boardName }));
    if (result) setPicks(new Map());
  };
  const groupName = (copyId: string) => withCopy.find((g) => data.copies.get(g.id)?.id === copyId)?.name ?? '?';

  return (
    <div className="breakout-compare">
      {!readOnly && (
        <fieldset className="breakout-show">
          <legend>{t('breakout.showGroups')}</legend>
          {withCopy.map((g) => (
            <label key={g.id} className="check-field">
              <input
                type="checkbox"
                checked={!hidden.has(g.id)}
                onChange={(e) => {
                  const next = new Set(hidden);
                  if (e.target.checked) next.delete(g.id);
                  else next.add(g.id);
                  setHidden(next);
                }}
              />{' '}
              {g.name}
            </label>
          ))}
        </fieldset>
      )}
      <ConsequencesTable main={data.consequences.main} versions={shown.map((g) => ({ name: g.name, figures: data.consequences.byCopy.get(data.copies.get(g.id)!.id)! }))} />
      {rows.length === 0 ? (
        <p className="muted">{t('breakout.noDifferences')}</p>
      ) : (
        <div ref={fitBox} className={readOnly ? 'breakout-fit' : undefined}>
          <table className="breakout-table breakout-diff">
            <caption>{t('breakout.differences', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`breakout.item.${board}`)}</th>
                <th scope="col">{t('breakout.main')}</th>
                {shown.map((g) => (
                  <th key={g.id} scope="col">
                    {g.name}
                  </th>
                ))}
                {!readOnly && <th scope="col">{t('breakout.take')}</th>}
              </tr>
            </thead>
            <tbody>
              {shownRows.map((d) => {
                const item = keyLabel(board, d.key, records, t);
                const choice = picks.get(d.key) ?? KEEP;
                return (
                  <tr key={d.key} className={d.conflict ? 'is-conflict' : undefined}>
                    <th scope="row">
                      {item}
                      {d.conflict && (
                        <span className="breakout-conflict">
                          {' '}
                          <span aria-hidden="true">⚠</span> {t(d.groupsDisagree ? 'breakout.conflictGroups' : 'breakout.conflictMain')}
                        </span>
                      )}
                    </th>
                    <td>{valueLabel(board, d.main, records, t)}</td>
                    {shown.map((g) => {
                      const copyId = data.copies.get(g.id)!.id;
                      const value = valueIn(d, copyId);
                      const differs = value !== d.main;
                      return (
                        <td key={g.id} className={differs ? 'is-different' : undefined}>
                          {differs && <span className="sr-only">{t('breakout.differsFromMain')}: </span>}
                          {valueLabel(board, value, records, t)}
                        </td>
                      );
                    })}
                    {!readOnly && (
                      <td>
                        <fieldset className="breakout-pick">
                          <legend className="sr-only">{t('breakout.takeFor', { item })}</legend>
                          <label>
                            <input type="radio" name={`take-${d.key}`} checked={choice === KEEP} onChange={() => setPicks(new Map([...picks].filter(([k]) => k !== d.key)))} /> {t('breakout.keepMain')}
                          </label>
                          {d.proposals
                            .filter((p) => shownCopies.has(p.copyId))
                            .map((p) => (
                              <label key={p.copyId}>
                                <input type="radio" name={`take-${d.key}`} checked={choice === p.copyId} onChange={() => pick(d.key, p.copyId)} /> {t('breakout.takeGroup', { group: groupName(p.copyId) })}
                              </label>
                            ))}
                        </fieldset>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {readOnly && rows.length > 0 && (
        <>
          <span ref={em} className="fit-em-probe" aria-hidden="true" />
          <p className="panel-more">{rows.length > shownRows.length && t('breakout.moreDifferences', { count: rows.length - shownRows.length })}</p>
        </>
      )}
      {!readOnly && rows.length > 0 && (
        <div className="breakout-actions">
          <button type="button" onClick={takeAgreed} disabled={rows.every((d) => d.conflict)}>
            {t('breakout.takeAgreed')}
          </button>
          <button type="button" className="primary" disabled={live.length === 0} onClick={() => void merge()}>
            {t('breakout.merge', { count: live.length })}
          </button>
        </div>
      )}
    </div>
  );
}
