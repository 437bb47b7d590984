import { pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/** A card being dragged. */
export interface CardDrag {
  opportunityId: string;
  stageId: string;
}

/** A stage column as a drop target. */
export interface ColumnTarget {
  stageId: string;
}

export const cardDragId = (id: string) => `opportunity:${id}`;
export const columnDropId = (stageId: string) => `stage:${stageId}`;

/**
 * Mouse and touch drop on the column under the pointer. The keyboard has no pointer: the card
 * lands on the column the arrows put it over (none right after picking up, so Space then drops nowhere).
 */
export const columnCollision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args));

/**
 * ArrowRight / ArrowLeft jump the picked-up card to the next / previous stage column, centred on
 * it at the card's height. Columns are plain droppables (dnd-kit's sortable getter needs sortables).
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const cx = collisionRect.left + collisionRect.width / 2;
  const sign = event.code === 'ArrowRight' ? 1 : -1;
  let best: { rect: { left: number; width: number; top: number; height: number }; d: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const d = sign * (rect.left + rect.width / 2 - cx);
    if (d > 1 && (!best || d < best.d)) best = { rect, d };
  }
  if (!best) return undefined;
  const { rect } = best;
  // Same height as before, kept inside the column so the card overlaps it.
  const y = Math.min(Math.max(collisionRect.top, rect.top), rect.top + Math.max(0, rect.height - collisionRect.height));
  return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y };
};
