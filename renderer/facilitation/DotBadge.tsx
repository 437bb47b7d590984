import { useTranslation } from 'react-i18next';
import { dotsOn, shownVote } from '../../shared/calc/votes';
import type { BoardId } from '../../shared/records';
import { useRoute } from '../app/router';
import { useWorkshop } from '../state/workshopStore';
import './facilitation.css';

/**
 * The dots an item got in the board's vote on show (shared/calc/votes shownVote: the latest vote
 * whose results the room may see), as a count on the item itself. Nothing shows on an item without
 * dots, or while a vote's results are hidden, so the projector never gives a count away early.
 */
export function DotBadge({ itemId, label, board }: { itemId: string; label: string; board?: BoardId }) {
  const { t } = useTranslation('facilitation');
  const route = useRoute();
  const on = board ?? (route.view === 'workshop' ? route.board : null);
  // A number and a question, not the vote: the item re-renders only when its own count changes.
  const shown = useWorkshop((s) => {
    const vote = on ? shownVote(s.records.vote.values(), on) : null;
    const count = vote ? dotsOn(vote, itemId, s.records.ballot.values()) : 0;
    return count > 0 && vote ? `${count}\u0000${vote.question}` : '';
  });
  if (!shown) return null;
  const [count, question] = shown.split('\u0000') as [string, string];
  const name = t('votes.itemDots', { count: Number(count), item: label, question });
  return (
    <span className="dot-badge" role="img" aria-label={name} title={name}>
      <span aria-hidden="true">●</span> {count}
    </span>
  );
}
