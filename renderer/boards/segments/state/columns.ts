import { sameRecord } from '../../../../shared/diff';
import { insertSorted, removeSorted, sortByOrderInPlace } from '../../../../shared/order';
import type { Account } from '../../../../shared/records';
import { LayeredMap } from '../../../state/layeredMap';
import { provideGroupIndex } from '../../../state/recordsView';

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

/** Above this many changed accounts (an import, a segment delete) a full regroup is cheaper. */
const INCREMENTAL_LIMIT = 256;

/**
 * Compares every account of two maps (when the new map cannot say what changed). The store
 * derives maps by changing a few entries, so both usually list the same ids in the same order:
 * walk them side by side and look up by id only once they part ways. Returns false as soon as
 * `compare` does (too many changes: regroup instead).
 */
function walkAll(
  before: ReadonlyMap<string, Account>,
  accounts: ReadonlyMap<string, Account>,
  compare: (id: string, before: Account | undefined, now: Account | undefined) => boolean,
): boolean {
  let kept = 0;
  const old = before.values();
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
    const was = before.get(a.id);
    if (was) kept += 1;
    if (was !== a && !compare(a.id, was, a)) return false;
  }
  if (kept < before.size) {
    for (const [id, was] of before) if (!accounts.has(id) && !compare(id, was, undefined)) return false;
  }
  return true;
}

export function deriveColumns(prev: Columns | null, accounts: ReadonlyMap<string, Account>): Columns {
  if (!prev) return { source: accounts, byKey: groupAll(accounts) };
  if (prev.source === accounts) return prev;

  // Accounts whose record changed (by content, not only identity: a commit that replaces an
  // optimistic guess with an equal record changes nothing the board shows).
  const changed: Account[] = [];
  const gone: Account[] = [];
  const dirty = new Set<ColumnKey>();
  const compare = (id: string, before: Account | undefined, now: Account | undefined): boolean => {
    if (before === now || (before && now && sameRecord(before, now))) return true;
    if (before) {
      gone.push(before);
      dirty.add(keyOf(before));
    }
    if (now) {
      changed.push(now);
      dirty.add(keyOf(now));
    }
    return changed.length <= INCREMENTAL_LIMIT;
  };
  // The store's maps say which ids changed since an older map (LayeredMap): look at those only.
  const ids = accounts instanceof LayeredMap ? accounts.changedSince(prev.source) : null;
  if (ids) {
    for (const id of ids) if (!compare(id, prev.source.get(id), accounts.get(id))) return regroup(prev, accounts);
  } else if (!walkAll(prev.source, accounts, compare)) {
    return regroup(prev, accounts);
  }
  if (dirty.size === 0) return { source: accounts, byKey: prev.byKey };

  const byKey = new Map(prev.byKey);
  for (const key of dirty) {
    // A copy (cheap: no callback per card), then the few changes by binary search.
    const list = (prev.byKey.get(key) ?? EMPTY_COLUMN).slice();
    for (const a of gone) if (keyOf(a) === key) removeSorted(list, a);
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

// An optimistic move reads its column from these arrays (sorted by byOrder, as the command's
// index is) instead of walking every account: see provideGroupIndex.
provideGroupIndex('account', 'segmentId', (accounts, segmentId) => columnOf(columnsFor(accounts), (segmentId as string | null) ?? UNASSIGNED));
