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

export function keyAfterLast(siblings: readonly Ordered[]): string {
  const last = siblings.length ? siblings[siblings.length - 1]!.order : null;
  return generateKeyBetween(last, null);
}

export { generateNKeysBetween };
