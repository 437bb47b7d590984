import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, type CellFigures, type SegmentFigures } from '../../../shared/calc/coverage';
import type { Motion } from '../../../shared/records';
import { SegmentChip } from './Chips';
import { CoverageCell } from './CoverageCell';
import type { DragItem } from './dnd';
import { useFormatters } from './format';
import { WarningList } from './Warnings';
import { NoteBadge } from '../../facilitation/NoteBadge';
import { Name } from '../../ui/Name';

interface SegmentRowProps {
  figures: SegmentFigures;
  motions: Motion[];
  cells: ReadonlyMap<string, CellFigures>;
  drag: DragItem | null;
  onCoverWith(segmentId: string): void;
  onDetails(segmentId: string): void;
  onOpenPlacement(coverageId: string): void;
  onRemovePlacement(coverageId: string): void;
  onCover(segmentId: string, motionId: string): void;
}

/** A segment: its chip, owner and facts; a cell per motion; what covering it takes. */
export const SegmentRow = memo(function SegmentRow(props: SegmentRowProps) {
  const { figures, motions, cells, drag, onCoverWith, onDetails, onOpenPlacement, onRemovePlacement, onCover } = props;
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const { segment, facts } = figures;
  const draggingHere = drag !== null && drag.segmentId === segment.id;
  const draggingId = drag?.kind === 'placement' ? drag.coverageId : null;
  const partial = figures.cells.length > 0 && figures.shareTotal < 100 - 1e-6;
  return (
    <tr className={draggingHere ? 'is-drag-row' : undefined}>
      <th scope="row" className="segment-head" aria-labelledby={`cov-seg-${segment.id}`}>
        <SegmentChip segment={segment} facts={facts} dragging={drag?.kind === 'segment' && draggingHere} onOpen={onCoverWith} />
        <NoteBadge anchor={{ kind: 'record', id: segment.id }} label={segment.name} />
        <div className="segment-facts">
          {f.accounts(facts.accounts)}
          {facts.averageRevenue !== null && <span className="segment-average"> · {t('average', { value: f.money(facts.averageRevenue) })}</span>}
        </div>
        <div className={`segment-owner-row${segment.owner || segment.principles ? '' : ' is-empty'}`}>
          <span className="segment-owner">
            {/* "负责人：" · "大客户部总经理", never "负责" · "人：大客户部总经理". */}
            {segment.owner ? <Name text={t('owner', { owner: segment.owner })} inline /> : <span className="muted">{t('noOwner')}</span>}
            {segment.principles && (
              <span className="principles-mark" title={segment.principles}>
                {' '}
                · {t('hasPrinciples')}
              </span>
            )}
          </span>
          <span className="segment-head-actions">
            <button
              type="button"
              className="icon-button"
              onClick={() => onCoverWith(segment.id)}
              aria-label={t('coverWith', { segment: segment.name })}
              title={t('coverWithShort')}
            >
              ＋
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => onDetails(segment.id)}
              aria-label={t('segmentDetails', { segment: segment.name })}
              title={t('segmentDetailsShort')}
            >
              ✎
            </button>
          </span>
        </div>
      </th>
      {motions.map((m) => {
        const cell = cells.get(cellKey(segment.id, m.id));
        return (
          <CoverageCell
            key={m.id}
            segment={segment}
            motion={m}
            cell={cell}
            accepting={draggingHere && !cell}
            draggingId={draggingId}
            onOpen={onOpenPlacement}
            onRemove={onRemovePlacement}
            onCover={onCover}
          />
        );
      })}
      <td className="row-total" aria-labelledby={`cov-seg-${segment.id} cov-col-total`}>
        <div className="row-figures">
          <span className="row-people">→ {f.cellPeople(figures.people, figures.cells.every((c) => c.whole))}</span>
          <span className="row-cost muted">{f.money(figures.cost)}</span>
        </div>
        {partial && <div className="muted cov-small">{t('partlyCovered', { share: f.share(figures.shareTotal) })}</div>}
        <WarningList warnings={figures.warnings} segment={segment} />
      </td>
    </tr>
  );
});
