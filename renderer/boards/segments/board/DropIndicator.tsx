import type { ColumnKey } from '../state/columns';
import { useDrag } from '../state/dragState';
import type { RowGeometry } from './layout';

/**
 * The line where dragged cards would land. Subscribes to the drag on its own, so a pointer
 * moving over a column re-renders this line only — not the column, not its cards.
 */
export function DropIndicator({ columnKey, geometry }: { columnKey: ColumnKey; geometry: RowGeometry }) {
  const visual = useDrag((s) => (s.cardTarget?.column === columnKey ? s.cardTarget.visual : -1));
  if (visual < 0) return null;
  const gap = geometry.row - geometry.card;
  const y = geometry.pad + visual * geometry.row - gap / 2;
  return <div className="seg-drop-line" aria-hidden="true" style={{ transform: `translateY(${y}px)` }} />;
}

/** The bar in gap `index` between segment columns, shown where a dragged column would land. */
export function ColumnDropIndicator({ index }: { index: number }) {
  const show = useDrag(
    (s) => s.drag?.kind === 'column' && s.columnTarget === index && index !== s.drag.from && index !== s.drag.from + 1,
  );
  return <div className={`seg-col-drop${show ? ' is-on' : ''}`} aria-hidden="true" />;
}

/** Outlines the column the dragged cards would land in (readable from the back of the room). */
export function ColumnHighlight({ columnKey }: { columnKey: ColumnKey }) {
  const on = useDrag((s) => s.drag?.kind === 'card' && s.cardTarget?.column === columnKey);
  return on ? <div className="seg-col-target" aria-hidden="true" /> : null;
}
