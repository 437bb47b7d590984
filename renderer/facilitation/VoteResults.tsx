import { useTranslation } from 'react-i18next';
import { resultsVisible, type VoteResult } from '../../shared/calc/votes';
import type { Vote, VoteItemType } from '../../shared/records';
import type { RecordsByType } from '../state/workshopStore';
import { Name } from '../ui/Name';
import { anchorLabel } from './anchorLabel';

/** Items a vote can be on that are names (a segment, a motion, a stage): they wrap between their parts only. */
const NAMED: ReadonlySet<VoteItemType> = new Set(['segment', 'account', 'motion', 'route', 'offering', 'stage', 'agendaItem']);

/**
 * A vote's ranked results as a bar list, or how many dots are in while they are hidden: the
 * laptop's votes panel shows them all; the projector (ProjectorPanel) the rows that fit its screen.
 */
export function VoteResults({ vote, results, records, hiddenClassName }: { vote: Vote; results: VoteResult[]; records: RecordsByType; hiddenClassName?: string }) {
  const { t } = useTranslation('facilitation');
  if (!resultsVisible(vote)) return <VoteHidden results={results} className={hiddenClassName} />;
  const max = Math.max(1, ...results.map((r) => r.dots));
  return (
    <ol className="vote-results" aria-label={t('votes.results')}>
      {results.map((r) => (
        <VoteResultRow key={r.itemId} vote={vote} result={r} max={max} records={records} />
      ))}
    </ol>
  );
}

/** "12 dots cast; results are hidden until the vote closes." */
export function VoteHidden({ results, className }: { results: VoteResult[]; className?: string }) {
  const { t } = useTranslation('facilitation');
  return <p className={className}>{t('votes.hidden', { count: results.reduce((n, r) => n + r.dots, 0) })}</p>;
}

/** An item's name as a vote shows it: a name wraps between its parts, a note's or question's words as text. */
export function VoteItemName({ vote, itemId, records }: { vote: Vote; itemId: string; records: RecordsByType }) {
  const { t } = useTranslation('facilitation');
  const name = anchorLabel({ kind: 'record', id: itemId }, records) ?? t('votes.gone');
  const named = NAMED.has(vote.itemType);
  return <span className={named ? 'vote-name is-name' : 'vote-name'}>{named ? <Name text={name} /> : name}</span>;
}

/** One ranked item: its rank, its name, its dots as a number and as a bar against the most dots. */
export function VoteResultRow({ vote, result: r, max, records, posinset }: { vote: Vote; result: VoteResult; max: number; records: RecordsByType; posinset?: number }) {
  const { t } = useTranslation('facilitation');
  const name = anchorLabel({ kind: 'record', id: r.itemId }, records) ?? t('votes.gone');
  return (
    <li aria-label={t('votes.resultLabel', { rank: r.rank, item: name, count: r.dots })} aria-posinset={posinset} aria-setsize={posinset ? vote.itemIds.length : undefined}>
      <span className="vote-rank">{r.rank}</span>
      <VoteItemName vote={vote} itemId={r.itemId} records={records} />
      <span className="vote-bar" style={{ width: `${(r.dots / max) * 100}%` }} aria-hidden="true" />
      <span className="vote-count">{t('votes.dotCount', { count: r.dots })}</span>
    </li>
  );
}
