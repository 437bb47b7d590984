/**
 * A read-only map of records by id, made from the list a snapshot brought, whose hash index is
 * built only when something first looks a record up. Opening a workshop of 50,000 accounts needs
 * them only in order at first (the board groups and sorts every account; nothing asks by id
 * before the first paint), and filling a Map of 50,000 fresh id strings (hashing each, growing the
 * table) measured 13–19 ms of that open, plus its garbage. Iteration follows the list, which is
 * the order a Map filled from it would have.
 *
 * The list's ids are unique (the service's rows are keyed by workshop and id); were they not, the
 * index keeps the last record of an id at the first one's place, as Map.set does, and the list
 * becomes the index's values from then on.
 */
export class ListedMap<V extends { id: string }> implements ReadonlyMap<string, V> {
  private list: readonly V[];
  private index: Map<string, V> | null = null;

  constructor(list: readonly V[]) {
    this.list = list;
  }

  get size(): number {
    return this.list.length;
  }

  /** The index, built on first use (also in idle time after the first paint: see indexSoon). */
  private indexed(): Map<string, V> {
    let index = this.index;
    if (index === null) {
      index = new Map();
      for (const v of this.list) index.set(v.id, v);
      if (index.size !== this.list.length) this.list = [...index.values()];
      this.index = index;
    }
    return index;
  }

  /** Builds the index now if it is not built yet (idle time: the first drag then finds it made). */
  buildIndex(): void {
    this.indexed();
  }

  get(key: string): V | undefined {
    return this.indexed().get(key);
  }

  has(key: string): boolean {
    return this.indexed().has(key);
  }

  *entries(): MapIterator<[string, V]> {
    for (const v of this.list) yield [v.id, v];
  }

  *keys(): MapIterator<string> {
    for (const v of this.list) yield v.id;
  }

  values(): MapIterator<V> {
    return this.list.values() as unknown as MapIterator<V>;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const v of this.list) callback.call(thisArg, v, v.id, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'ListedMap';
  }
}
