import { useDraggable } from '@dnd-kit/core';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import type { CellFigures, SegmentFacts } from '../../../shared/calc/coverage';
import type { Motion, Segment } from '../../../shared/records';
import { placementDragId, segmentDragId, type DragItem } from './dnd';
import { useFormatters } from './format';
import { AsContent, useReadOnly } from '../../ui/readOnly';
import { Name } from '../../ui/Name';

/**
 * Keys on a draggable: Space picks it up (dnd-kit's keyboard sensor), Enter opens it, Delete
 * removes it (UX.md). dnd-kit's own key handler runs for every other key.
 */
function keyHandler(
  listeners: ReturnType<typeof useDraggable>['listeners'],
  actions: { open(): void; remove?(): void },
): (e: KeyboardEvent<HTMLElement>) => void {
  return (e) => {
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      actions.open();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && actions.remove) {
      e.preventDefault();
      actions.remove();
    } else {
      (listeners?.onKeyDown as ((e: KeyboardEvent<HTMLElement>) => void) | undefined)?.(e);
    }
  };
}

interface SegmentChipProps {
  segment: Segment;
  facts: SegmentFacts;
  dragging: boolean;
  onOpen(segmentId: string): void;
}

/** A segment in its row header. Drag it into a motion cell to cover the segment with that motion. */
export const SegmentChip = memo(function SegmentChip({ segment, facts, dragging, onOpen }: SegmentChipProps) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const readOnly = useReadOnly();
  const item: DragItem = { kind: 'segment', segmentId: segment.id };
  const { attributes, listeners, setNodeRef } = useDraggable({
    id: segmentDragId(segment.id),
    data: item,
    attributes: { roleDescription: t('dnd.segmentRole') },
  });
  const label = t('segmentChip', { segment: segment.name, accounts: f.accounts(facts.accounts) });
  if (readOnly) {
    return (
      <AsContent className="cov-chip segment-chip" style={{ ['--chip-color' as string]: segment.color }} label={label} title={segment.name} presentKey={`coverage-segment:${segment.id}`}>
        <span className="chip-dot" aria-hidden="true" />
        <span className="chip-name" id={`cov-seg-${segment.id}`}>
          <Name text={segment.name} />
        </span>
      </AsContent>
    );
  }
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`cov-chip segment-chip${dragging ? ' is-dragging' : ''}`}
      data-present-key={`coverage-segment:${segment.id}`}
      style={{ ['--chip-color' as string]: segment.color }}
      {...attributes}
      {...listeners}
      onKeyDown={keyHandler(listeners, { open: () => onOpen(segment.id) })}
      aria-label={label}
      title={segment.name}
      // The skip link's target: the first segment chip is where the coverage work starts.
      data-skip-target=""
    >
      {/* Drawn, not a glyph: a character there would be visible text the chip's name lacks (WCAG 2.5.3). */}
      <span className="chip-grip" aria-hidden="true">
        <Icon name="grip" size={14} />
      </span>
      <span className="chip-dot" aria-hidden="true" />
      <span className="chip-name" id={`cov-seg-${segment.id}`}>
        <Name text={segment.name} />
      </span>
    </button>
  );
});

interface PlacementChipProps {
  cell: CellFigures;
  segment: Segment;
  motion: Motion;
  dragging: boolean;
  onOpen(coverageId: string): void;
  onRemove(coverageId: string): void;
}

/** ■ primary or □ overlay with its share. Click/Enter edits, Delete removes, drag moves it along the row. */
export const PlacementChip = memo(function PlacementChip({ cell, segment, motion, dragging, onOpen, onRemove }: PlacementChipProps) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const { coverage } = cell;
  const readOnly = useReadOnly();
  const item: DragItem = { kind: 'placement', coverageId: coverage.id, segmentId: segment.id, motionId: motion.id };
  const { attributes, listeners, setNodeRef } = useDraggable({
    id: placementDragId(coverage.id),
    data: item,
    attributes: { roleDescription: t('dnd.placementRole') },
  });
  const primary = coverage.role === 'primary';
  const label = t('placementChip', {
    segment: segment.name,
    motion: motion.name,
    role: t(`role.${coverage.role}`),
    share: f.share(coverage.share),
    people: f.cellPeople(cell.people, cell.whole),
  });
  if (readOnly) {
    return (
      <AsContent className={`cov-chip placement-chip ${primary ? 'is-primary' : 'is-overlay'}`} style={{ ['--chip-color' as string]: segment.color }} label={label} presentKey={`coverage:${coverage.id}`}>
        <span className="chip-role">{primary ? '■' : '□'}</span>
        <span className="chip-share">{f.share(coverage.share)}</span>
      </AsContent>
    );
  }
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`cov-chip placement-chip ${primary ? 'is-primary' : 'is-overlay'}${dragging ? ' is-dragging' : ''}`}
      data-present-key={`coverage:${coverage.id}`}
      style={{ ['--chip-color' as string]: segment.color }}
      {...attributes}
      {...listeners}
      onKeyDown={keyHandler(listeners, { open: () => onOpen(coverage.id), remove: () => onRemove(coverage.id) })}
      onClick={() => onOpen(coverage.id)}
      aria-label={label}
    >
      <span className={`chip-role ${primary ? 'is-filled' : 'is-hollow'}`} aria-hidden="true" />
      <span className="chip-share">{f.share(coverage.share)}</span>
    </button>
  );
});

/** What follows the pointer while dragging (outside the table, so nothing clips it). */
export function DragPreview({ label, color, primary }: { label: string; color: string; primary?: boolean }) {
  return (
    <div className="cov-chip drag-preview" style={{ ['--chip-color' as string]: color }}>
      {primary !== undefined && <span aria-hidden="true">{primary ? '■' : '□'}</span>}
      <span className="chip-dot" aria-hidden="true" />
      <span className="chip-name">{label}</span>
    </div>
  );
}
