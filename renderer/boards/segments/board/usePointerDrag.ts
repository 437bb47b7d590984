import {
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragStartEvent,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent, type RefObject, type TouchEvent as ReactTouchEvent } from 'react';
import { useWorkshop } from '../../../state/workshopStore';
import { moveAccounts, moveSegment } from '../actions';
import { focusCard } from './focus';
import { announce } from '../state/announcer';
import { useBoardView } from '../state/boardView';
import { columnOf, keyOf, type ColumnKey, type Columns } from '../state/columns';
import { useDrag } from '../state/dragState';
import { columnHandle } from './columnRegistry';
import { insertionAt } from './layout';
import { columnMoveIndex, currentTarget, isNoOp, movingIds, stayingIn, targetAtVisual } from './moveLogic';
import { cardsName, columnName, type Speech } from './speech';
import { useEditingSensors } from '../../../ui/readOnly';

/** The one draggable for every card and the one for every column header (see BoardColumns). */
export const DRAG_CARDS = 'segments:cards';
export const DRAG_COLUMN = 'segments:column';

export interface DraggableHandle {
  listeners: Record<string, (event: unknown) => void> | undefined;
  setNodeRef(element: HTMLElement | null): void;
}

/** What the latest render knows, read by handlers that outlive it. */
export interface BoardSnapshot extends Speech {
  columns: Columns;
  columnOrder: readonly ColumnKey[];
  segmentIds: readonly string[];
}

interface Press {
  kind: 'card' | 'column';
  id: string;
  x: number;
  y: number;
}

interface Point {
  x: number;
  y: number;
}

const EDGE = 56;
const MAX_SPEED = 22;

/** Pixels per frame to scroll when the pointer is within EDGE of a side (negative = back). */
function edgeSpeed(pos: number, min: number, max: number): number {
  if (pos < min || pos > max) return 0;
  if (pos < min + EDGE) return -Math.min(MAX_SPEED, Math.ceil((min + EDGE - pos) / 3));
  if (pos > max - EDGE) return Math.min(MAX_SPEED, Math.ceil((pos - (max - EDGE)) / 3));
  return 0;
}

/**
 * Mouse and touch dragging of cards and columns with dnd-kit's sensors and ONE draggable per
 * kind: a press on any card hands that card's element to the single card draggable. The drop
 * target is not found by dnd-kit's collision detection (which flip-flops in the gaps between
 * columns and needs every card registered) but computed once per frame from the pointer: the
 * column under x, and the insertion index from y over the virtualised list's fixed row height.
 * A drag therefore re-renders the drop line and the overlay, not the cards.
 */
export function usePointerDrag(board: RefObject<BoardSnapshot>, row: RefObject<HTMLDivElement | null>) {
  const handles = useRef<Record<string, DraggableHandle>>({});
  const press = useRef<Press | null>(null);
  const point = useRef<Point | null>(null);
  const frame = useRef(0);
  const sensors = useEditingSensors(useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // Press and hold on touch screens, so a swipe still scrolls the column.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
  ));

  /** One frame of a drag: scroll near the edges, then find the target under the pointer. */
  const track = useCallback((scroll: boolean) => {
    const p = point.current;
    const drag = useDrag.getState().drag;
    const snap = board.current;
    if (!p || !drag || !snap) return;
    const rowEl = row.current;
    if (rowEl && scroll) {
      const r = rowEl.getBoundingClientRect();
      const dx = edgeSpeed(p.x, r.left, r.right);
      if (dx) rowEl.scrollLeft += dx;
    }
    if (drag.kind === 'card') {
      // The column whose span holds x, else the nearest one: never "no column" in a gap.
      let best: { key: ColumnKey; dist: number } | null = null;
      for (const key of snap.columnOrder) {
        const r = columnHandle(key)?.section()?.getBoundingClientRect();
        if (!r) continue;
        const dist = p.x < r.left ? r.left - p.x : p.x > r.right ? p.x - r.right : 0;
        if (!best || dist < best.dist) best = { key, dist };
      }
      if (!best) return;
      const handle = columnHandle(best.key)!;
      const list = handle.list();
      if (!list) return;
      const lr = list.getBoundingClientRect();
      const dy = scroll ? edgeSpeed(p.y, lr.top, lr.bottom) : 0;
      if (dy) list.scrollTop += dy;
      const accounts = columnOf(snap.columns, best.key);
      const visual = insertionAt(p.y - lr.top + list.scrollTop, accounts.length, handle.geometry());
      const before = useDrag.getState().cardTarget;
      const target = targetAtVisual(best.key, accounts, visual, drag.idSet);
      useDrag.getState().setCardTarget(target);
      if (before?.column !== target.column) {
        announce(snap.t('dnd.overColumn', { name: cardsName(snap, drag.ids, drag.lead), segment: columnName(snap, target.column) }));
      }
    } else {
      // Gap among the segment columns: how many column middles lie left of the pointer.
      let gap = 0;
      for (const id of snap.segmentIds) {
        const r = columnHandle(id)?.section()?.getBoundingClientRect();
        if (r && p.x > r.left + r.width / 2) gap += 1;
      }
      useDrag.getState().setColumnTarget(gap);
    }
  }, [board, row]);

  const onPointer = useCallback((e: MouseEvent | TouchEvent) => {
    const c = getEventCoordinates(e);
    if (c) point.current = c;
  }, []);

  const stopLoop = useCallback(() => {
    cancelAnimationFrame(frame.current);
    window.removeEventListener('mousemove', onPointer);
    window.removeEventListener('touchmove', onPointer);
  }, [onPointer]);

  const startLoop = useCallback(() => {
    window.addEventListener('mousemove', onPointer, { passive: true });
    window.addEventListener('touchmove', onPointer, { passive: true });
    const tick = () => {
      track(true);
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
  }, [onPointer, track]);

  useEffect(() => stopLoop, [stopLoop]);

  /** Press on the board: a card or a column header hands its element to the one draggable. */
  const onPress = useCallback((e: ReactMouseEvent<HTMLElement> | ReactTouchEvent<HTMLElement>, eventName: 'onMouseDown' | 'onTouchStart') => {
    const target = e.target as HTMLElement;
    const drag = useDrag.getState().drag;
    if (drag?.via === 'keyboard') {
      useDrag.getState().end();
      const snap = board.current;
      if (snap) announce(snap.t('dnd.cancelledShort'));
    }
    if (target.closest('button, input, select, textarea, a, [role="menu"], [role="radiogroup"]')) return;
    const coords = getEventCoordinates(e.nativeEvent) ?? { x: 0, y: 0 };
    const card = target.closest<HTMLElement>('[data-account-id]');
    const header = card ? null : target.closest<HTMLElement>('[data-column-drag]');
    const id = card?.dataset.accountId ?? header?.dataset.columnDrag;
    const el = card ?? header;
    if (!id || !el) return;
    const handle = handles.current[card ? DRAG_CARDS : DRAG_COLUMN];
    if (!handle?.listeners) return;
    press.current = { kind: card ? 'card' : 'column', id, ...coords };
    handle.setNodeRef(el);
    handle.listeners[eventName]?.(e);
  }, [board]);

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    const p = press.current;
    const snap = board.current;
    if (!p || !snap) return;
    point.current = { x: p.x, y: p.y };
    if (active.id === DRAG_CARDS && p.kind === 'card') {
      const accounts = useWorkshop.getState().records.account;
      const lead = accounts.get(p.id);
      if (!lead) return;
      const ids = movingIds(p.id, useBoardView.getState().selected, snap.columns, snap.columnOrder);
      const idSet = new Set(ids);
      const from = new Set(ids.map((id) => keyOf(accounts.get(id) ?? lead)));
      useDrag.getState().startCards({ via: 'pointer', ids, columns: from, lead: p.id, from: keyOf(lead) }, currentTarget(snap.columns, lead, idSet));
      announce(snap.t('dnd.pickedUpPointer', { name: cardsName(snap, ids, p.id), segment: columnName(snap, keyOf(lead)) }));
    } else if (active.id === DRAG_COLUMN && p.kind === 'column') {
      const from = snap.segmentIds.indexOf(p.id);
      if (from < 0) return;
      useDrag.getState().startColumn({ via: 'pointer', segmentId: p.id, from });
      announce(snap.t('dnd.columnPickedUpPointer', { name: columnName(snap, p.id) }));
    }
    startLoop();
  }, [board, startLoop]);

  const onDragEnd = useCallback(() => {
    stopLoop();
    track(false); // where the pointer was at release
    const { drag, cardTarget, columnTarget } = useDrag.getState();
    const snap = board.current;
    useDrag.getState().end();
    press.current = null;
    if (!drag || !snap) return;
    if (drag.kind === 'card' && cardTarget) {
      const name = cardsName(snap, drag.ids, drag.lead);
      if (!isNoOp(snap.columns, drag.ids, cardTarget)) {
        moveAccounts(drag.ids, cardTarget.column, cardTarget.index);
        // Focus follows the dropped card (Esc, arrows and Delete act on it, as after a keyboard
        // move); the moved cards stay selected, as in a file manager, until a click elsewhere.
        focusCard(cardTarget.column, drag.lead, cardTarget.index + drag.ids.indexOf(drag.lead));
      } else {
        const at = columnOf(snap.columns, drag.from).findIndex((a) => a.id === drag.lead);
        focusCard(drag.from, drag.lead, Math.max(0, at));
      }
      const count = stayingIn(columnOf(snap.columns, cardTarget.column), cardTarget.column, drag) + drag.ids.length;
      announce(snap.t('dnd.dropped', { name, segment: columnName(snap, cardTarget.column), position: cardTarget.index + 1, count }));
    } else if (drag.kind === 'column' && columnTarget !== null) {
      const index = columnMoveIndex(columnTarget, drag.from);
      if (index !== null) moveSegment(drag.segmentId, index);
      announce(
        snap.t('dnd.columnDropped', { name: columnName(snap, drag.segmentId), position: (index ?? drag.from) + 1, count: snap.segmentIds.length }),
      );
    }
  }, [board, stopLoop, track]);

  const onDragCancel = useCallback(() => {
    stopLoop();
    const { drag } = useDrag.getState();
    const snap = board.current;
    useDrag.getState().end();
    press.current = null;
    if (!drag || !snap) return;
    announce(
      drag.kind === 'card'
        ? snap.t('dnd.cancelled', { name: cardsName(snap, drag.ids, drag.lead) })
        : snap.t('dnd.columnCancelled', { name: columnName(snap, drag.segmentId) }),
    );
  }, [board, stopLoop]);

  return { handles, sensors, onPress, onDragStart, onDragEnd, onDragCancel };
}
