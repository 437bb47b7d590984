import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** Anything with a fractional order key. */
export interface Ordered {
  id: string;
  order: string;
}

/** Fractional keys compare as plain strings (not locale order). Ties fall back to the id. */
export function byOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByOrder<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(byOrder);
}

/** Characters of the order key packed into a number, and bits left for the position. */
const PREFIX_CHARS = 5;
const INDEX_BITS = 18;
const INDEX_SPAN = 2 ** INDEX_BITS;

/**
 * Sorts `list` in place into byOrder's order — the same result as `list.sort(byOrder)` — but
 * for long lists mostly in native code: each key's first five characters and the item's position
 * are packed into one float (7 + 7 + 7 + 7 + 7 + 18 = 53 bits, exact), the floats are sorted
 * without a comparator, and only items whose keys share those five characters are then compared
 * with byOrder. A board of 50,000 accounts opens with one such sort per column; with a comparator
 * called ~800,000 times in a page whose code is not yet optimized it took ~50 ms.
 */
export function sortByOrderInPlace<T extends Ordered>(list: T[]): T[] {
  const n = list.length;
  if (n < 64 || n >= INDEX_SPAN) return list.sort(byOrder);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const order = list[i]!.order;
    // Keys are base-62 digits (below 127); a shorter key pads with 0, which sorts first as in
    // string order. A character from 127 up counts as 127 and ends the prefix (what follows it
    // would no longer compare as in the string): such keys only fall into coarser runs.
    let prefix = 0;
    let open = true;
    for (let c = 0; c < PREFIX_CHARS; c++) {
      let code = 0;
      if (open && c < order.length) {
        code = order.charCodeAt(c);
        if (code >= 127) {
          code = 127;
          open = false;
        }
      }
      prefix = prefix * 128 + code;
    }
    packed[i] = prefix * INDEX_SPAN + i;
  }
  packed.sort();
  const before = list.slice();
  for (let i = 0; i < n; i++) list[i] = before[packed[i]! % INDEX_SPAN]!;
  // Items with the same prefix are adjacent now, in their old relative order: sort each such run.
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && Math.floor(packed[i]! / INDEX_SPAN) === Math.floor(packed[start]! / INDEX_SPAN)) continue;
    if (i - start > 1) {
      const run = list.slice(start, i).sort(byOrder);
      for (let j = 0; j < run.length; j++) list[start + j] = run[j]!;
    }
    start = i;
  }
  return list;
}

/**
 * Keys for `count` items inserted at `index` of `siblings` (sorted, not containing the moved
 * items). Index is clamped, so "the end" is any number ≥ length. Moving one card writes one row.
 */
export function keysAt(siblings: readonly Ordered[], index: number, count = 1): string[] {
  const i = Math.max(0, Math.min(Math.floor(index), siblings.length));
  const lo = i > 0 ? siblings[i - 1]!.order : null;
  const hi = i < siblings.length ? siblings[i]!.order : null;
  // Equal neighbours (possible after a concurrent import) would make generation impossible.
  if (lo !== null && hi !== null && lo >= hi) return generateNKeysBetween(lo, null, count);
  return generateNKeysBetween(lo, hi, count);
}

/** Where `item` is in `sorted` (by board order), or where it would go: binary search. */
export function sortedIndexOf(sorted: readonly Ordered[], item: Ordered): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byOrder(sorted[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts into a list kept in board order. */
export function insertSorted<T extends Ordered>(sorted: T[], item: T): void {
  // Appending (an import's 50,000 cards after the column's last) needs no search: one compare.
  const last = sorted[sorted.length - 1];
  if (last === undefined || byOrder(last, item) < 0) sorted.push(item);
  else sorted.splice(sortedIndexOf(sorted, item), 0, item);
}

/** Removes the entry with `item`'s id (found by `item`'s order) from a list kept in board order. */
export function removeSorted<T extends Ordered>(sorted: T[], item: Ordered): void {
  const i = sortedIndexOf(sorted, item);
  if (sorted[i]?.id === item.id) sorted.splice(i, 1);
}

/**
 * keysAt for a sorted list that still holds some of the items being placed (a card moved within
 * its own column): positions count as if `moving` were not there. O(k log n) for k moving items,
 * so a move on a 10,000-card column costs no more than on a short one.
 */
export function keysAtExcept(sorted: readonly Ordered[], moving: readonly Ordered[], index: number, count = 1): string[] {
  const skipped: number[] = [];
  for (const m of moving) {
    const at = sortedIndexOf(sorted, m);
    if (sorted[at]?.id === m.id) skipped.push(at);
  }
  if (skipped.length === 0) return keysAt(sorted, index, count);
  skipped.sort((a, b) => a - b);
  const n = sorted.length - skipped.length;
  const i = Math.max(0, Math.min(Math.floor(index), n));
  /** The k-th entry of the list without the skipped ones. */
  const nth = (k: number) => {
    let j = k;
    for (const p of skipped) if (p <= j) j++;
    return sorted[j]!;
  };
  const neighbours = [i > 0 ? nth(i - 1) : null, i < n ? nth(i) : null].filter((x): x is Ordered => x !== null);
  return keysAt(neighbours, i > 0 ? 1 : 0, count);
}

export function keyAfterLast(siblings: readonly Ordered[]): string {
  const last = siblings.length ? siblings[siblings.length - 1]!.order : null;
  return generateKeyBetween(last, null);
}

export { generateNKeysBetween };
