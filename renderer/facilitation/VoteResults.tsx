import { useTranslation } from 'react-i18next';
import { resultsVisible, type VoteResult } from '../../shared/calc/votes';
import type { Vote } from '../../shared/records';
import type { RecordsByType } from '../state/workshopStore';
import { anchorLabel } from './anchorLabel';

/**
 * A vote's ranked results as a bar list, or how many dots are in while they are hidden: the
 * laptop's votes panel and the projector show the same list (the projector in its large type).
 */
export function VoteResults({ vote, results, records, hiddenClassName }: { vote: Vote; results: VoteResult[]; records: RecordsByType; hiddenClassName?: string }) {
  const { t } = useTranslation('facilitation');
  if (!resultsVisible(vote)) {
    return <p className={hiddenClassName}>{t('votes.hidden', { count: results.reduce((n, r) => n + r.dots, 0) })}</p>;
  }
  const max = Math.max(1, ...results.map((r) => r.dots));
  const name = (id: string) => anchorLabel({ kind: 'record', id }, records) ?? t('votes.gone');
  return (
    <ol className="vote-results" aria-label={t('votes.results')}>
      {results.map((r) => (
        <li key={r.itemId} aria-label={t('votes.resultLabel', { rank: r.rank, item: name(r.itemId), count: r.dots })}>
          <span className="vote-rank">{r.rank}</span>
          <span className="vote-name">{name(r.itemId)}</span>
          <span className="vote-bar" style={{ width: `${(r.dots / max) * 100}%` }} aria-hidden="true" />
          <span className="vote-count">{t('votes.dotCount', { count: r.dots })}</span>
        </li>
      ))}
    </ol>
  );
}
