import { sameRecord } from '../../../../shared/diff';
import { byOrder, sortByOrderInPlace } from '../../../../shared/order';
import type { Account } from '../../../../shared/records';

/** A column of the board: a segment's id, or UNASSIGNED (not a valid record id, so no clash). */
export type ColumnKey = string;
export const UNASSIGNED: ColumnKey = '';

export const keyOf = (a: Account): ColumnKey => a.segmentId ?? UNASSIGNED;

/** Every empty column shares this array, so its figures are computed once. */
export const EMPTY_COLUMN: readonly Account[] = Object.freeze([]);

/**
 * The board's columns: accounts grouped by segment, each in board order. Derived from the
 * store's account map with structural sharing: a column's array keeps its identity unless an
 * account entered, left, moved within or changed in that column. Memoised columns, figures and
 * headers therefore re-render only for the columns a change touches.
 */
export interface Columns {
  /** The account map these columns were derived from (compared by identity next time). */
  readonly source: ReadonlyMap<string, Account>;
  readonly byKey: ReadonlyMap<ColumnKey, readonly Account[]>;
}

export function columnOf(columns: Columns, key: ColumnKey): readonly Account[] {
  return columns.byKey.get(key) ?? EMPTY_COLUMN;
}

function groupAll(accounts: ReadonlyMap<string, Account>): Map<ColumnKey, Account[]> {
  const out = new Map<ColumnKey, Account[]>();
  for (const a of accounts.values()) {
    const key = keyOf(a);
    const list = out.get(key);
    if (list) list.push(a);
    else out.set(key, [a]);
  }
  for (const list of out.values()) sortByOrderInPlace(list);
  return out;
}

/** Inserts into a sorted array at the place byOrder gives (binary search). */
function insertSorted(list: Account[], a: Account): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byOrder(list[mid]!, a) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, a);
}

/** Above this many changed accounts (an import, a segment delete) a full regroup is cheaper. */
const INCREMENTAL_LIMIT = 256;

export function deriveColumns(prev: Columns | null, accounts: ReadonlyMap<string, Account>): Columns {
  if (!prev) return { source: accounts, byKey: groupAll(accounts) };
  if (prev.source === accounts) return prev;

  // Accounts whose record changed (by content, not only identity: a commit that replaces an
  // optimistic guess with an equal record changes nothing the board shows).
  const changed: Account[] = [];
  const gone = new Set<string>();
  const dirty = new Set<ColumnKey>();
  let kept = 0;
  // The store copies a map and sets the changed entries, so both maps usually list the same ids
  // in the same order: walk them side by side and look up by id only once they part ways.
  const old = prev.source.values();
  let inStep = true;
  for (const a of accounts.values()) {
    if (inStep) {
      const o = old.next();
      if (!o.done && o.value === a) {
        kept += 1;
        continue;
      }
      if (o.done || o.value.id !== a.id) inStep = false;
    }
    const before = prev.source.get(a.id);
    if (before === a) {
      kept += 1;
      continue;
    }
    if (before) {
      kept += 1;
      if (sameRecord(before, a)) continue;
      gone.add(a.id);
      dirty.add(keyOf(before));
    }
    changed.push(a);
    dirty.add(keyOf(a));
    if (changed.length > INCREMENTAL_LIMIT) return regroup(prev, accounts);
  }
  if (kept < prev.source.size) {
    for (const [id, before] of prev.source) {
      if (!accounts.has(id)) {
        gone.add(id);
        dirty.add(keyOf(before));
      }
    }
  }
  if (dirty.size === 0) return { source: accounts, byKey: prev.byKey };

  const byKey = new Map(prev.byKey);
  for (const key of dirty) {
    const list = (prev.byKey.get(key) ?? EMPTY_COLUMN).filter((a) => !gone.has(a.id));
    for (const a of changed) if (keyOf(a) === key) insertSorted(list, a);
    if (list.length) byKey.set(key, list);
    else byKey.delete(key);
  }
  return { source: accounts, byKey };
}

/** Full regroup that still keeps the arrays of columns whose content did not change. */
function regroup(prev: Columns, accounts: ReadonlyMap<string, Account>): Columns {
  const fresh = groupAll(accounts);
  const byKey = new Map<ColumnKey, readonly Account[]>();
  for (const [key, list] of fresh) {
    const old = prev.byKey.get(key);
    const same = old && old.length === list.length && old.every((a, i) => a === list[i] || sameRecord(a, list[i]));
    byKey.set(key, same ? old : list);
  }
  return { source: accounts, byKey };
}

let last: Columns | null = null;

/**
 * The columns for an account map, memoised on the map's identity. One cache for the window: the
 * board's render and its event handlers (drag, keyboard) read the same arrays.
 */
export function columnsFor(accounts: ReadonlyMap<string, Account>): Columns {
  if (last?.source !== accounts) last = deriveColumns(last, accounts);
  return last;
}
