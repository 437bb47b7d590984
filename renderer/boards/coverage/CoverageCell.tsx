import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellFigures } from '../../../shared/calc/coverage';
import type { Motion, Segment } from '../../../shared/records';
import { PlacementChip } from './Chips';
import { cellDropId, type CellTarget } from './dnd';
import { useFormatters } from './format';
import { WarningList } from './Warnings';

interface CoverageCellProps {
  segment: Segment;
  motion: Motion;
  cell: CellFigures | undefined;
  /** The current drag may land here. */
  accepting: boolean;
  draggingId: string | null;
  onOpen(coverageId: string): void;
  onRemove(coverageId: string): void;
  onCover(segmentId: string, motionId: string): void;
}

/** One segment × motion: its placement (role, share), the people and cost it takes, its warnings. */
export const CoverageCell = memo(function CoverageCell({ segment, motion, cell, accepting, draggingId, onOpen, onRemove, onCover }: CoverageCellProps) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const target: CellTarget = { segmentId: segment.id, motionId: motion.id, occupied: !!cell };
  const { setNodeRef, isOver } = useDroppable({ id: cellDropId(segment.id, motion.id), data: target });
  return (
    <td
      ref={setNodeRef}
      className={`cov-cell${cell ? ' is-covered' : ''}${accepting ? ' is-accepting' : ''}${isOver && accepting ? ' is-over' : ''}`}
      aria-labelledby={`cov-seg-${segment.id} cov-mot-${motion.id}`}
    >
      {cell ? (
        <>
          <PlacementChip
            cell={cell}
            segment={segment}
            motion={motion}
            dragging={draggingId === cell.coverage.id}
            onOpen={onOpen}
            onRemove={onRemove}
          />
          <div className="cell-figures">
            <span className="cell-people">{f.cellPeople(cell.people, cell.whole)}</span>
            <span className="cell-cost">{f.money(cell.cost)}</span>
          </div>
          <WarningList warnings={cell.warnings} segment={segment} motion={motion} />
        </>
      ) : (
        // Mouse users can click an empty cell; keyboard users have "Cover with…" in the row, so
        // this does not add 36 tab stops to the matrix.
        <button
          type="button"
          tabIndex={-1}
          className="cell-add"
          onClick={() => onCover(segment.id, motion.id)}
          aria-label={t('coverWithMotion', { segment: segment.name, motion: motion.name })}
        >
          +
        </button>
      )}
    </td>
  );
});
