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

/**
 * keysAt for an unsorted list: the two neighbours of position `index` are found by selection in
 * O(n) instead of sorting the whole column (Unassigned can hold 10,000 cards).
 */
export function keysAtUnsorted(items: readonly Ordered[], index: number, count = 1): string[] {
  const n = items.length;
  const i = Math.max(0, Math.min(Math.floor(index), n));
  if (n === 0) return keysAt([], 0, count);
  if (i === 0) return keysAt([minBy(items)], 0, count);
  if (i === n) return keysAt([maxBy(items)], 1, count);
  const work = items.slice();
  const lo = select(work, i - 1);
  // After selection everything right of i - 1 is ≥ lo: the smallest of them is the next one.
  let hi = work[i]!;
  for (let j = i + 1; j < n; j++) if (byOrder(work[j]!, hi) < 0) hi = work[j]!;
  return keysAt([lo, hi], 1, count);
}

function minBy(items: readonly Ordered[]): Ordered {
  return items.reduce((m, x) => (byOrder(x, m) < 0 ? x : m));
}
function maxBy(items: readonly Ordered[]): Ordered {
  return items.reduce((m, x) => (byOrder(x, m) > 0 ? x : m));
}

/** Hoare's quickselect: puts the k-th smallest at index k, smaller ones left, larger right. */
function select(a: Ordered[], k: number): Ordered {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = a[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (byOrder(a[i]!, pivot) < 0) i++;
      while (byOrder(a[j]!, pivot) > 0) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k]!;
}

export function keyAfterLast(siblings: readonly Ordered[]): string {
  const last = siblings.length ? siblings[siblings.length - 1]!.order : null;
  return generateKeyBetween(last, null);
}

export { generateNKeysBetween };
