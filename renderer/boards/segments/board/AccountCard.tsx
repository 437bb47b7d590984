import { memo } from 'react';
import type { Account } from '../../../../shared/records';
import { countRender } from '../benchCounters';
import { useCardFormat } from './formatContext';

/** The id of the element that describes a card (industry, region, revenue) for screen readers. */
export const cardDetailsId = (accountId: string): string => `account-${accountId}-details`;

/**
 * What the room needs to decide: name, industry · region, revenue. Pure visuals of one record:
 * selection, focus, dimming and the drag placeholder are attributes of the slot around it (set by
 * the column), so this re-renders only when its own account changes — not on a drag or a click.
 */
export const AccountCard = memo(
  function AccountCard({ account }: { account: Account }) {
    countRender('card');
    const f = useCardFormat();
    const place = [account.industry, account.region].filter(Boolean).join(' · ');
    return (
      <div className="seg-card">
        <span className="seg-card-check" aria-hidden="true">
          ✓
        </span>
        {/* Two lines on the card, then cut; the whole name shows on keyboard focus (the card grows
            over its neighbour), on hover (tooltip), and is the card's accessible name. */}
        <div className="seg-card-name" title={account.name}>
          {account.name}
        </div>
        <div id={cardDetailsId(account.id)} className="seg-card-details">
          <div className="seg-card-meta">{place || f.noPlace}</div>
          <div className="seg-card-revenue">{account.revenue === null ? f.noRevenue : f.money(account.revenue)}</div>
        </div>
      </div>
    );
  },
  // A commit that replaces an optimistic guess brings an equal record with a new identity.
  (a, b) => a.account === b.account || sameFields(a.account, b.account),
);

function sameFields(a: Account, b: Account): boolean {
  for (const key of Object.keys(a) as (keyof Account)[]) if (a[key] !== b[key]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}
