import { useTranslation } from 'react-i18next';
import { resultsVisible, tally, type VoteResult } from '../../shared/calc/votes';
import { sortByOrder } from '../../shared/order';
import type { BoardId } from '../../shared/records';
import { VoteHidden, VoteItemName, VoteResultRow } from '../facilitation/VoteResults';
import { useWorkshop } from '../state/workshopStore';
import { PanelList } from './PanelList';

const keyOf = (r: VoteResult) => r.itemId;
const idOf = (id: string) => id;

/**
 * The board's latest vote on the projector: its question, whether it is open, and its ranking as
 * far down as the screen holds ("+ N more" for the rest). While its results are hidden, the items
 * the room votes on (no counts), so the room knows its choices without seeing the score.
 */
export function ProjectedVote({ board }: { board: BoardId }) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const vote = sortByOrder([...records.vote.values()].filter((v) => v.board === board)).pop();
  if (!vote) return null;
  const results = tally(vote, records.ballot.values());
  const max = Math.max(1, ...results.map((r) => r.dots));
  const more = (count: number) => t('votes.more', { count });
  return (
    <section className="projected-panel" aria-label={vote.question}>
      <h2>{vote.question}</h2>
      <p className="projected-status">
        {t(`votes.status.${vote.status}`)} · {t('votes.perGroup', { count: vote.dotsPerGroup })}
      </p>
      {resultsVisible(vote) ? (
        <PanelList
          ordered
          className="vote-results"
          label={t('votes.results')}
          items={results}
          keyOf={keyOf}
          more={more}
          render={(r, i) => <VoteResultRow vote={vote} result={r} max={max} records={records} posinset={i + 1} />}
        />
      ) : (
        <>
          <VoteHidden results={results} className="projected-status" />
          <PanelList
            className="vote-choices"
            label={t('votes.items')}
            items={vote.itemIds}
            keyOf={idOf}
            more={more}
            render={(id, i) => (
              <li aria-posinset={i + 1} aria-setsize={vote.itemIds.length}>
                <VoteItemName vote={vote} itemId={id} records={records} />
              </li>
            )}
          />
        </>
      )}
    </section>
  );
}
