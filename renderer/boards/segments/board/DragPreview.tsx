import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Segment } from '../../../../shared/records';
import { useWorkshop } from '../../../state/workshopStore';
import { countRender } from '../benchCounters';
import { useDrag } from '../state/dragState';
import { useCardFormat } from './formatContext';

/**
 * What follows the pointer (inside dnd-kit's one DragOverlay). It subscribes to the start and end
 * of a drag only; the overlay moves it with a transform, so pointer moves do not re-render it.
 */
export function DragPreview() {
  const drag = useDrag((s) => (s.drag?.via === 'pointer' ? s.drag : null));
  const account = useWorkshop((s) => (drag?.kind === 'card' ? s.records.account.get(drag.lead) : undefined));
  const segment = useWorkshop((s) => (drag?.kind === 'column' ? s.records.segment.get(drag.segmentId) : undefined));
  if (drag?.kind === 'card' && account) return <CardPreview account={account} count={drag.ids.length} />;
  if (drag?.kind === 'column' && segment) return <ColumnPreview segment={segment} />;
  return null;
}

const CardPreview = memo(function CardPreview({ account, count }: { account: Account; count: number }) {
  countRender('preview');
  const { t } = useTranslation('segments');
  const f = useCardFormat();
  return (
    <div className="seg-preview" aria-hidden="true">
      {count > 1 && <span className="seg-preview-count">{t('dnd.previewCount', { count })}</span>}
      <div className="seg-card">
        <div className="seg-card-name">{account.name}</div>
        <div className="seg-card-details">
          <div className="seg-card-meta">{[account.industry, account.region].filter(Boolean).join(' · ') || t('card.noPlace')}</div>
          <div className="seg-card-revenue">{account.revenue === null ? t('card.noRevenue') : f.money(account.revenue)}</div>
        </div>
      </div>
    </div>
  );
});

const ColumnPreview = memo(function ColumnPreview({ segment }: { segment: Segment }) {
  return (
    <div className="seg-preview seg-preview-column" aria-hidden="true" style={{ borderTopColor: segment.color }}>
      <span className="seg-swatch" style={{ background: segment.color }} />
      <strong>{segment.name}</strong>
    </div>
  );
});
