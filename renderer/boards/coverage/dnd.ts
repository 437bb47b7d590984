import {
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';

/** What is being dragged: a segment chip (new placement) or a placement (move to another motion). */
export type DragItem = { kind: 'segment'; segmentId: string } | { kind: 'placement'; coverageId: string; segmentId: string; motionId: string };

/** A matrix cell as a drop target. */
export interface CellTarget {
  segmentId: string;
  motionId: string;
  /** A placement is already there (a segment has at most one per motion). */
  occupied: boolean;
}

/**
 * Whether a drag may land on a cell: only in the dragged segment's own row, only where that
 * motion does not cover it yet. Cells stay registered (not disabled) so dnd-kit measures them
 * once at the start of a drag; this filter decides instead.
 */
export function accepts(item: DragItem | null | undefined, target: CellTarget | null | undefined): boolean {
  return !!item && !!target && target.segmentId === item.segmentId && !target.occupied;
}

const itemOf = (c: { data: { current?: unknown } } | null | undefined) => c?.data.current as DragItem | undefined;
const targetOf = (c: { data: { current?: unknown } }) => c.data.current as CellTarget | undefined;

export const segmentDragId = (segmentId: string) => `segment:${segmentId}`;
export const placementDragId = (coverageId: string) => `placement:${coverageId}`;
export const cellDropId = (segmentId: string, motionId: string) => `cell:${segmentId}:${motionId}`;

/**
 * Mouse and touch drop where the pointer is (dropping outside any cell does nothing). The keyboard
 * has no pointer: the chip lands where the arrow keys put it, so it must overlap a cell; at the
 * start it is over none, so Space right after picking up drops nowhere rather than on a guess.
 */
export const cellCollision: CollisionDetection = (args) => {
  const item = itemOf(args.active);
  const droppableContainers = args.droppableContainers.filter((c) => accepts(item, targetOf(c)));
  const scoped = { ...args, droppableContainers };
  return args.pointerCoordinates ? pointerWithin(scoped) : rectIntersection(scoped);
};

const ARROWS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];

/**
 * Arrow keys jump the dragged chip from cell to cell (only cells that accept it: the chip's own row,
 * motions not yet covering the segment), centring it on the next one in that
 * direction. dnd-kit's sortable getter needs sortable items; matrix cells are plain droppables.
 */
export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (!ARROWS.includes(event.code)) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers } = context;
  if (!active || !collisionRect) return undefined;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  const horizontal = event.code === 'ArrowRight' || event.code === 'ArrowLeft';
  const sign = event.code === 'ArrowRight' || event.code === 'ArrowDown' ? 1 : -1;
  let best: { id: UniqueIdentifier; main: number; cross: number } | null = null;
  const item = itemOf(active);
  for (const container of droppableContainers.getEnabled()) {
    if (!accepts(item, targetOf(container))) continue;
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const main = sign * (horizontal ? x - cx : y - cy);
    const cross = Math.abs(horizontal ? y - cy : x - cx);
    if (main <= 1) continue;
    if (!best || cross < best.cross - 1 || (Math.abs(cross - best.cross) <= 1 && main < best.main)) best = { id: container.id, main, cross };
  }
  if (!best) return undefined;
  const rect = droppableRects.get(best.id)!;
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + rect.height / 2 - collisionRect.height / 2,
  };
};
