import { DndContext, DragOverlay, useDraggable, type Announcements, type CollisionDetection } from '@dnd-kit/core';
import { Fragment, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountTest } from '../../../../shared/calc/segmentsRules';
import type { Segment } from '../../../../shared/records';
import { useRecordMap } from '../../../state/selectors';
import { addSegment } from '../actions';
import { columnOf, UNASSIGNED, type Columns } from '../state/columns';
import type { BoardFigures } from '../state/figures';
import { CardMenu, type CardMenuAt } from './CardMenu';
import { Column } from './Column';
import { ColumnDropIndicator } from './DropIndicator';
import { DragPreview } from './DragPreview';
import { useBoardKeys } from './useBoardKeys';
import { DRAG_CARDS, DRAG_COLUMN, usePointerDrag, type BoardSnapshot, type DraggableHandle } from './usePointerDrag';

interface BoardColumnsProps {
  segments: readonly Segment[];
  columns: Columns;
  figures: BoardFigures;
  fontPx: number;
  filter: AccountTest | null;
}

// The board announces moves itself (live region in SegmentsBoard), with segment names.
const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragMove: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};
// No droppables: the target comes from the pointer's position (usePointerDrag).
const NO_COLLISIONS: CollisionDetection = () => [];

/** A draggable with no element of its own: a press lends it the pressed card's or header's element. */
function DragSource({ id, handles }: { id: string; handles: RefObject<Record<string, DraggableHandle>> }) {
  const { listeners, setNodeRef } = useDraggable({ id });
  useLayoutEffect(() => {
    handles.current[id] = { listeners: listeners as DraggableHandle['listeners'], setNodeRef };
  });
  return null;
}

/**
 * Unassigned plus one column per segment, in board order, and "+ segment". One DndContext with two
 * draggables in all (cards, columns) and one DragOverlay; the columns are memoised and receive the
 * same props during a drag, so a drag re-renders the drop line and the overlay only.
 */
export function BoardColumns({ segments, columns, figures, fontPx, filter }: BoardColumnsProps) {
  const { t } = useTranslation('segments');
  const rowRef = useRef<HTMLDivElement>(null);
  const cardHelpId = useId();
  const columnHelpId = useId();
  const segmentMap = useRecordMap('segment');
  const segmentIds = useMemo(() => segments.map((s) => s.id), [segments]);
  const columnOrder = useMemo(() => [UNASSIGNED, ...segmentIds], [segmentIds]);
  const snapshot = useRef<BoardSnapshot>({ t, segments: segmentMap, columns, columnOrder, segmentIds });
  useLayoutEffect(() => {
    snapshot.current = { t, segments: segmentMap, columns, columnOrder, segmentIds };
  });

  const [menu, setMenu] = useState<CardMenuAt | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const pointer = usePointerDrag(snapshot, rowRef);
  const keys = useBoardKeys(snapshot, setMenu);
  const totalRevenue = figures.total.revenue;

  return (
    <DndContext
      sensors={pointer.sensors}
      collisionDetection={NO_COLLISIONS}
      autoScroll={false}
      accessibility={{ announcements: SILENT, screenReaderInstructions: { draggable: t('dnd.instructions') }, restoreFocus: false }}
      onDragStart={pointer.onDragStart}
      onDragEnd={() => {
        keys.noteDragEnd();
        pointer.onDragEnd();
      }}
      onDragCancel={pointer.onDragCancel}
    >
      <DragSource id={DRAG_CARDS} handles={pointer.handles} />
      <DragSource id={DRAG_COLUMN} handles={pointer.handles} />
      <div
        ref={rowRef}
        className="seg-columns"
        onMouseDown={(e) => pointer.onPress(e, 'onMouseDown')}
        onTouchStart={(e) => pointer.onPress(e, 'onTouchStart')}
        onKeyDown={keys.onKeyDown}
        onBlur={keys.onBlur}
        onClick={keys.onClick}
        onDoubleClick={keys.onDoubleClick}
        onContextMenu={(e) => {
          const slot = (e.target as HTMLElement).closest<HTMLElement>('[data-account-id]');
          if (!slot) return;
          e.preventDefault();
          slot.focus();
          setMenu({ accountId: slot.dataset.accountId!, x: e.clientX, y: e.clientY });
        }}
      >
        <Column
          columnKey={UNASSIGNED}
          segment={null}
          accounts={columnOf(columns, UNASSIGNED)}
          figures={figures.unassigned}
          totalRevenue={totalRevenue}
          position={-1}
          segmentCount={segments.length}
          fontPx={fontPx}
          filter={filter}
          cardHelpId={cardHelpId}
          columnHelpId={columnHelpId}
        />
        {segments.map((segment, i) => (
          <Fragment key={segment.id}>
            <ColumnDropIndicator index={i} />
            <Column
              columnKey={segment.id}
              segment={segment}
              accounts={columnOf(columns, segment.id)}
              figures={figures.byColumn.get(segment.id)!}
              totalRevenue={totalRevenue}
              position={i}
              segmentCount={segments.length}
              fontPx={fontPx}
              filter={filter}
              cardHelpId={cardHelpId}
              columnHelpId={columnHelpId}
            />
          </Fragment>
        ))}
        <ColumnDropIndicator index={segments.length} />
        <div className="seg-add-column">
          <button type="button" onClick={() => void addSegment()}>
            + {t('addSegment')}
          </button>
        </div>
      </div>
      <p id={cardHelpId} className="sr-only">
        {t('help.card')}
      </p>
      <p id={columnHelpId} className="sr-only">
        {t('help.column')}
      </p>
      {menu && <CardMenu at={menu} segments={segments} onClose={closeMenu} />}
      <DragOverlay dropAnimation={null}>
        <DragPreview />
      </DragOverlay>
    </DndContext>
  );
}
