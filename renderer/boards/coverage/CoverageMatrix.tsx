import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, type PlanFigures } from '../../../shared/calc/coverage';
import type { Scenario } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useRecordMap } from '../../state/selectors';
import { DragPreview } from './Chips';
import { accepts, cellCollision, cellKeyboardCoordinates, type CellTarget, type DragItem } from './dnd';
import { useFormatters } from './format';
import { MatrixFoot } from './MatrixFoot';
import { MatrixHead } from './MatrixHead';
import { SegmentRow } from './SegmentRow';
import { useFitHeight } from './useFitHeight';
import { useEditingSensors, useReadOnly } from '../../ui/readOnly';
import { useFitCount } from '../../ui/fitList';

interface CoverageMatrixProps {
  scenario: Scenario;
  plan: PlanFigures;
  onCoverWith(segmentId: string): void;
  onDetails(segmentId: string): void;
  onOpenPlacement(coverageId: string): void;
  onRemovePlacement(coverageId: string): void;
  onEditMotion(motionId: string): void;
  /** A motion chosen for a segment that already has coverage: ask for its share first. */
  onAskShare(segmentId: string, motionId: string): void;
}

/** More segment rows than a projector screen ever holds: measured from here down. */
const ROW_CAP = 40;
const segmentRowsOf = (box: HTMLElement) => [...box.querySelectorAll<HTMLElement>('.coverage-matrix > tbody > tr')];
/**
 * How far above the box's bottom the rows must end: the rows end where the board area does, less
 * the totals under them and the "+ N more segments" line under the box. Measured from the board
 * area, not the box, since the box shrinks to the rows it holds (from its own bottom every round
 * would drop one more row).
 */
const reserves = new WeakMap<object, (box: HTMLElement) => number>();
function reserveOf(more: RefObject<HTMLElement | null>): (box: HTMLElement) => number {
  let fn = reserves.get(more);
  if (!fn) {
    fn = (box) => {
      const area = box.closest<HTMLElement>('.board-area');
      if (!area) return 0;
      const end = area.getBoundingClientRect().bottom - (parseFloat(getComputedStyle(area).paddingBottom) || 0);
      const foot = box.querySelector('.coverage-matrix > tfoot')?.getBoundingClientRect().height ?? 0;
      const line = more.current ? more.current.getBoundingClientRect().height + (parseFloat(getComputedStyle(more.current).marginTop) || 0) : 0;
      return box.getBoundingClientRect().bottom - end + foot + line;
    };
    reserves.set(more, fn);
  }
  return fn;
}

/** Space picks up and drops, Esc cancels; Enter is left free to open a chip (UX.md). */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space'] };

/**
 * The matrix and its drag and drop: a segment chip dropped on a motion cell of its row covers the
 * segment with that motion; a placement dropped on another cell of its row moves there. Only the
 * cells a drag may land on are enabled, so arrows and the pointer never offer a wrong target.
 */
export function CoverageMatrix({ scenario, plan, onCoverWith, onDetails, onOpenPlacement, onRemovePlacement, onEditMotion, onAskShare }: CoverageMatrixProps) {
  const readOnly = useReadOnly();
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const segments = useRecordMap('segment');
  const motions = useRecordMap('motion');
  const [drag, setDrag] = useState<DragItem | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useFitHeight(scrollRef);
  // On the projector: the segment rows that fit above the totals, and "+ N more segments" (the
  // totals stay those of the whole plan, from shared/calc). The laptop's matrix scrolls instead.
  const probe = useRef<HTMLSpanElement>(null);
  const moreRef = useRef<HTMLParagraphElement>(null);
  const rowsVersion = plan.segments.map((s) => s.segment.id).join();
  const fitted = useFitCount(scrollRef, probe, plan.segments.length, readOnly ? ROW_CAP : plan.segments.length, rowsVersion, segmentRowsOf, reserveOf(moreRef));
  const shownSegments = readOnly ? plan.segments.slice(0, fitted) : plan.segments;
  const moreSegments = plan.segments.length - shownSegments.length;
  const sensors = useEditingSensors(useSensors(
    // Mouse rather than Pointer: a PointerSensor claims fingers too, and the long press below would never apply.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: cellKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  ));

  const itemOf = (data: unknown) => (data as { current?: DragItem } | undefined)?.current ?? null;
  const targetOf = (data: unknown) => (data as { current?: CellTarget } | undefined)?.current ?? null;
  const segmentName = (id: string) => segments.get(id)?.name ?? '';
  const motionName = (id: string) => motions.get(id)?.name ?? '';
  /** What the drop would do, in words: "超大型客户 → 专属客户主管 (primary)". */
  const describeDrop = (item: DragItem, target: CellTarget) => {
    if (item.kind === 'placement') return t('dnd.moveTo', { segment: segmentName(item.segmentId), from: motionName(item.motionId), motion: motionName(target.motionId) });
    const covered = plan.segments.find((s) => s.segment.id === item.segmentId)?.cells.length ?? 0;
    return t('dnd.coverAs', { segment: segmentName(item.segmentId), motion: motionName(target.motionId), role: t(covered === 0 ? 'role.primary' : 'role.overlay') });
  };
  const itemName = (item: DragItem | null) =>
    !item ? '' : item.kind === 'segment' ? segmentName(item.segmentId) : t('dnd.placementName', { segment: segmentName(item.segmentId), motion: motionName(item.motionId) });

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { item: itemName(itemOf(active.data)) }),
    onDragOver: ({ active, over }) => {
      const item = itemOf(active.data);
      const target = targetOf(over?.data);
      return item && target ? t('dnd.over', { drop: describeDrop(item, target) }) : t('dnd.notOver', { item: itemName(item) });
    },
    onDragEnd: ({ active, over }) => {
      const item = itemOf(active.data);
      const target = targetOf(over?.data);
      return item && target ? t('dnd.dropped', { drop: describeDrop(item, target) }) : t('dnd.cancelled', { item: itemName(item) });
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { item: itemName(itemOf(active.data)) }),
  };

  const isCovered = (segmentId: string) => (plan.segments.find((s) => s.segment.id === segmentId)?.cells.length ?? 0) > 0;
  const onDragStart = ({ active }: DragStartEvent) => setDrag(itemOf(active.data));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDrag(null);
    const item = itemOf(active.data);
    const target = targetOf(over?.data);
    if (!item || !target || !accepts(item, target)) return;
    if (item.kind === 'segment') {
      if (isCovered(item.segmentId)) return onAskShare(item.segmentId, target.motionId);
      void dispatch(
        { type: 'coverage.place', id: crypto.randomUUID(), scenarioId: scenario.id, segmentId: item.segmentId, motionId: target.motionId },
        { optimistic: true },
      );
    } else if (target.motionId !== item.motionId) {
      void dispatch({ type: 'coverage.update', id: item.coverageId, patch: { motionId: target.motionId } }, { optimistic: true });
    }
  };

  // Clicking an empty cell covers the segment with that motion at once, as a drop would.
  const onCover = useCallback(
    (segmentId: string, motionId: string) => {
      if ((plan.segments.find((s) => s.segment.id === segmentId)?.cells.length ?? 0) > 0) return onAskShare(segmentId, motionId);
      void dispatch({ type: 'coverage.place', id: crypto.randomUUID(), scenarioId: scenario.id, segmentId, motionId }, { optimistic: true });
    },
    [scenario.id, plan.segments, onAskShare],
  );

  const motionList = plan.motions.map((m) => m.motion);
  const preview = (() => {
    if (!drag) return null;
    const segment = segments.get(drag.segmentId);
    if (!segment) return null;
    if (drag.kind === 'segment') return <DragPreview label={segment.name} color={segment.color} />;
    const cell = plan.cells.get(cellKey(drag.segmentId, drag.motionId));
    return (
      <DragPreview
        label={`${segment.name} · ${cell ? f.share(cell.coverage.share) : ''}`}
        color={segment.color}
        primary={cell?.coverage.role === 'primary'}
      />
    );
  })();

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={cellCollision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      {/* Read-only, the matrix holds no control: the scroll box itself takes the focus, so the
          keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div
        className="coverage-scroll"
        ref={scrollRef}
        {...(readOnly ? { tabIndex: 0, role: 'region', 'aria-label': t('matrixLabel', { scenario: scenario.name }) } : {})}
      >
        <table className={`coverage-matrix${drag ? ' is-dragging' : ''}`} aria-label={t('matrixLabel', { scenario: scenario.name })}>
          <MatrixHead scenarioId={scenario.id} motions={motionList} onEditMotion={onEditMotion} />
          <tbody>
            {shownSegments.map((s) => (
              <SegmentRow
                key={s.segment.id}
                figures={s}
                motions={motionList}
                cells={plan.cells}
                drag={drag}
                onCoverWith={onCoverWith}
                onDetails={onDetails}
                onOpenPlacement={onOpenPlacement}
                onRemovePlacement={onRemovePlacement}
                onCover={onCover}
              />
            ))}
          </tbody>
          <MatrixFoot plan={plan} scenario={scenario} />
        </table>
        {readOnly && <span ref={probe} className="fit-em-probe" aria-hidden="true" />}
      </div>
      {readOnly && (
        <p ref={moreRef} className="cov-more">
          {moreSegments > 0 && t('moreSegments', { count: moreSegments, formatted: f.count(moreSegments) })}
        </p>
      )}
      {plan.motions.some((m) => m.staffing === 'pooled' && m.segments > 0) && (
        <p className="cov-note cov-small">
          <span aria-hidden="true">ⓘ </span>
          {t('reconcile')}
        </p>
      )}
      {/* No drop animation: while it played, dnd-kit ignored the next press (a quick second drag
          was lost and the mouse selected text across the matrix instead). */}
      <DragOverlay dropAnimation={null}>{preview}</DragOverlay>
    </DndContext>
  );
}
