import { sortedIndexOf } from '../../../../shared/order';
import type { Account } from '../../../../shared/records';
import { columnOf, keyOf, type Columns, type ColumnKey } from '../state/columns';
import type { CardDrag, CardTarget } from '../state/dragState';

/**
 * The arithmetic of moving cards, shared by the pointer and the keyboard paths: which cards
 * move, and how an insertion point in a column as shown maps to `account.move`'s index (the
 * position among the column's cards without the moving ones). Pure, so it is unit-tested.
 */

/**
 * The cards a grab moves: the whole selection (in board order) if the grabbed card is
 * selected, else the grabbed card alone.
 */
export function movingIds(lead: string, selected: ReadonlySet<string>, columns: Columns, columnOrder: readonly ColumnKey[]): string[] {
  if (!selected.has(lead) || selected.size === 1) return [lead];
  const out: string[] = [];
  for (const key of columnOrder) for (const a of columnOf(columns, key)) if (selected.has(a.id)) out.push(a.id);
  return out.length ? out : [lead];
}

/** How many of the first `visual` cards of the column are moving. */
function movingBefore(list: readonly Account[], visual: number, moving: ReadonlySet<string>): number {
  let n = 0;
  for (let i = 0; i < visual && i < list.length; i++) if (moving.has(list[i]!.id)) n += 1;
  return n;
}

/** The target for an insertion point `visual` (0..length) in the column as shown. */
export function targetAtVisual(column: ColumnKey, list: readonly Account[], visual: number, moving: ReadonlySet<string>): CardTarget {
  const v = Math.max(0, Math.min(list.length, visual));
  return { column, visual: v, index: v - movingBefore(list, v, moving) };
}

/** The target for a position `index` among the column's cards without the moving ones. */
export function targetAtIndex(column: ColumnKey, list: readonly Account[], index: number, moving: ReadonlySet<string>): CardTarget {
  const staying = list.length - movingBefore(list, list.length, moving);
  const want = Math.max(0, Math.min(staying, index));
  let seen = 0;
  for (let i = 0; i < list.length; i++) {
    if (moving.has(list[i]!.id)) continue;
    if (seen === want) return { column, index: want, visual: i };
    seen += 1;
  }
  return { column, index: want, visual: list.length };
}

/** Cards of the column that stay when `moving` leave it. */
export function stayingCount(list: readonly Account[], moving: ReadonlySet<string>): number {
  return list.length - movingBefore(list, list.length, moving);
}

/**
 * stayingCount for a drag's cards, without a pass over the column when the drag says where its
 * cards come from (the drop's announcement runs on the drop's frame, on columns of 10,000).
 */
export function stayingIn(list: readonly Account[], column: ColumnKey, drag: Pick<CardDrag, 'ids' | 'idSet' | 'columns'>): number {
  if (!drag.columns.has(column)) return list.length;
  if (drag.columns.size === 1) return list.length - drag.ids.length;
  return stayingCount(list, drag.idSet);
}

/**
 * Where the `ids` stand in `list` (a column in board order): found by binary search on each
 * card's record, so a drag's start and end cost O(k log n), not a pass over the column. Ids not
 * in the list are left out.
 */
export function indexesOf(list: readonly Account[], ids: ReadonlySet<string>, accounts: ReadonlyMap<string, Account>): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const a = accounts.get(id);
    let i = a ? sortedIndexOf(list, a) : -1;
    // `accounts` may be a step ahead of this list (a drop under way): then look the slow way.
    if (i < 0 || list[i]?.id !== id) i = list.findIndex((x) => x.id === id);
    if (i >= 0) out.push(i);
  }
  return out;
}

/** Where the cards are now, as a target (the start of a move, and what Esc returns to). */
export function currentTarget(columns: Columns, lead: Account, moving: ReadonlySet<string>): CardTarget {
  const key = keyOf(lead);
  const list = columnOf(columns, key);
  const at = list.findIndex((a) => a.id === lead.id);
  return targetAtVisual(key, list, Math.max(0, at), moving);
}

/**
 * True when dropping `ids` at `target` would leave the column exactly as it is: the moving cards
 * already stand there, in that order, right after the first `target.index` staying cards. O(ids),
 * not O(column): it runs on the drop's frame.
 */
export function isNoOp(columns: Columns, ids: readonly string[], target: CardTarget): boolean {
  const list = columnOf(columns, target.column);
  // The result puts ids[j] at target.index + j; it equals the list iff the list has them there
  // (then the cards before them are exactly the first target.index staying ones).
  return ids.every((id, j) => list[target.index + j]?.id === id);
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * The keyboard path: the next target after an arrow key. Up/down step through the positions of
 * the column, left/right go to the neighbouring column (keeping the position where it fits).
 */
export function stepTarget(
  target: CardTarget,
  key: MoveKey,
  columns: Columns,
  columnOrder: readonly ColumnKey[],
  moving: ReadonlySet<string>,
): CardTarget {
  const list = columnOf(columns, target.column);
  const room = stayingCount(list, moving);
  switch (key) {
    case 'ArrowUp':
      return targetAtIndex(target.column, list, target.index - 1, moving);
    case 'ArrowDown':
      return targetAtIndex(target.column, list, Math.min(room, target.index + 1), moving);
    case 'Home':
      return targetAtIndex(target.column, list, 0, moving);
    case 'End':
      return targetAtIndex(target.column, list, room, moving);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const at = columnOrder.indexOf(target.column);
      const next = columnOrder[at + (key === 'ArrowLeft' ? -1 : 1)];
      if (next === undefined) return target;
      const nextList = columnOf(columns, next);
      return targetAtIndex(next, nextList, Math.min(target.index, stayingCount(nextList, moving)), moving);
    }
  }
}

/**
 * Column moves: the gap (0..count) the pointer is nearest among the segment columns' middles,
 * and the `segment.move` index it means (null when the column would stay where it is).
 */
export function columnMoveIndex(gap: number, from: number): number | null {
  if (gap === from || gap === from + 1) return null;
  return gap > from ? gap - 1 : gap;
}
