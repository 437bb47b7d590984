import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareVotes, resultsVisible } from '../../shared/calc/votes';
import type { Vote } from '../../shared/records';
import type { RecordsByType } from '../state/workshopStore';
import { anchorLabel } from './anchorLabel';
import './breakout/breakout.css';

/** The board's votes side by side (morning against afternoon): dots and rank per item, per vote. */
export function VoteCompare({ votes, records }: { votes: readonly Vote[]; records: RecordsByType }) {
  const { t } = useTranslation('facilitation');
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  if (votes.length < 2) return null;
  const picked = chosen ?? new Set(votes.filter(resultsVisible).map((v) => v.id));
  const shown = votes.filter((v) => picked.has(v.id));
  const rows = compareVotes(shown, [...records.ballot.values()]);
  const name = (id: string) => anchorLabel({ kind: 'record', id }, records) ?? t('votes.gone');
  return (
    <section className="vote-compare" aria-label={t('votes.compare')}>
      <fieldset className="note-colors">
        <legend>{t('votes.compare')}</legend>
        {votes.map((v) => (
          <label key={v.id} className="check-field">
            <input
              type="checkbox"
              checked={picked.has(v.id)}
              onChange={(e) => {
                const next = new Set(picked);
                if (e.target.checked) next.add(v.id);
                else next.delete(v.id);
                setChosen(next);
              }}
            />{' '}
            {v.question}
          </label>
        ))}
      </fieldset>
      {shown.length >= 2 && (
        <table className="breakout-table">
          <caption className="sr-only">{t('votes.compare')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('votes.items')}</th>
              {shown.map((v) => (
                <th key={v.id} scope="col">
                  {v.question}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.itemId}>
                <th scope="row">{name(row.itemId)}</th>
                {row.results.map((r, k) => (
                  <td key={shown[k]!.id}>{r ? t('votes.compareCell', { count: r.dots, rank: r.rank }) : resultsVisible(shown[k]!) ? '—' : t('votes.stillHidden')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
