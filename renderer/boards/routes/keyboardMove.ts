/**
 * Where a route picked up with the keyboard would land, and how the arrow keys move it. Pure, so
 * the rules are tested without a browser: Left/Right walk the positions of a cell and then step
 * into the neighbouring cell (like a text cursor), Up/Down go to the same column of the next
 * visible row and land at the end.
 */
export interface DropTarget {
  segmentId: string;
  offeringId: string;
  /** Position among the cell's routes without the moving one. */
  index: number;
}

export interface GridShape {
  rows: readonly string[];
  cols: readonly string[];
  /** Routes in a cell, not counting the one being moved. */
  count(segmentId: string, offeringId: string): number;
}

export type MoveKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export function isMoveKey(key: string): key is MoveKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';
}

/** The next target, or null at the edge of the grid (the move stays where it is). */
export function stepTarget(grid: GridShape, from: DropTarget, key: MoveKey): DropTarget | null {
  const r = grid.rows.indexOf(from.segmentId);
  const c = grid.cols.indexOf(from.offeringId);
  if (r < 0 || c < 0) return null;
  const at = (row: number, col: number, index: 'start' | 'end'): DropTarget | null => {
    const segmentId = grid.rows[row];
    const offeringId = grid.cols[col];
    if (segmentId === undefined || offeringId === undefined) return null;
    return { segmentId, offeringId, index: index === 'start' ? 0 : grid.count(segmentId, offeringId) };
  };
  const here = grid.count(from.segmentId, from.offeringId);
  switch (key) {
    case 'ArrowLeft':
      return from.index > 0 ? { ...from, index: Math.min(from.index, here) - 1 } : at(r, c - 1, 'end');
    case 'ArrowRight':
      return from.index < here ? { ...from, index: from.index + 1 } : at(r, c + 1, 'start');
    case 'ArrowUp':
      return at(r - 1, c, 'end');
    case 'ArrowDown':
      return at(r + 1, c, 'end');
  }
}

/** Where the grid's focus goes on an arrow, Home or End (row 0 = column headers, col 0 = row headers). */
export function stepFocus(
  pos: { r: number; c: number },
  size: { rows: number; cols: number },
  key: string,
  ctrl: boolean,
): { r: number; c: number } | null {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max - 1));
  switch (key) {
    case 'ArrowLeft':
      return { r: pos.r, c: clamp(pos.c - 1, size.cols) };
    case 'ArrowRight':
      return { r: pos.r, c: clamp(pos.c + 1, size.cols) };
    case 'ArrowUp':
      return { r: clamp(pos.r - 1, size.rows), c: pos.c };
    case 'ArrowDown':
      return { r: clamp(pos.r + 1, size.rows), c: pos.c };
    case 'Home':
      return ctrl ? { r: 0, c: 0 } : { r: pos.r, c: 0 };
    case 'End':
      return ctrl ? { r: size.rows - 1, c: size.cols - 1 } : { r: pos.r, c: size.cols - 1 };
    case 'PageUp':
      return { r: Math.min(pos.r, 1), c: pos.c };
    case 'PageDown':
      return { r: size.rows - 1, c: pos.c };
    default:
      return null;
  }
}
