import { whenIdle, type IdleDeadline } from './idle';
/**
 * An immutable map stored as a shared base map plus the few entries changed since, so a change to
 * one record of 50,000 costs what the change costs, not a copy of the 50,000 (a `new Map` of 50,000
 * accounts is 6–15 ms: most of a frame). The store's per-type maps become these once they are big.
 *
 * Reads see base and changes as one map. The base is never written: every map derived from it
 * still means what it meant. When the changes grow, an idle moment folds them into a fresh base
 * (same contents, same identity for React and the memo caches, so nothing re-renders).
 *
 * Each map also remembers which ids its last few derivations touched (by sequence number, never
 * by reference, so old maps can be collected): `changedSince(older)` lets derived indexes (the
 * board's columns) update from the changed ids instead of walking every record.
 */

const GONE: unique symbol = Symbol('gone');
type Slot<V> = V | typeof GONE;

/** Maps smaller than this are copied as plain Maps: layering would cost more than it saves. */
export const LAYER_MIN_SIZE = 256;
/**
 * Changes kept before an idle moment folds them into a fresh base. A few dozen cost nothing to
 * read through; folding makes a new map of every entry (and garbage for the collector), so it is
 * not done after every drop.
 */
const COMPACT_AT = 64;
/** How many derivation steps a map remembers for changedSince (older asks get null: walk it all). */
const STEPS_KEPT = 8;

let nextSeq = 1;
/** Sequence numbers of plain maps that layered maps were derived from (the snapshot's maps). */
const plainSeqs = new WeakMap<object, number>();
function seqOf(map: ReadonlyMap<unknown, unknown>): number {
  if (map instanceof LayeredMap) return map.seq;
  let seq = plainSeqs.get(map);
  if (seq === undefined) {
    seq = nextSeq++;
    plainSeqs.set(map, seq);
  }
  return seq;
}

interface Step<K> {
  /** Sequence number of the map this step started from. */
  from: number;
  keys: readonly K[];
}

export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  /** Shared and never written; replaced (with equal contents) only by compaction. */
  private base: ReadonlyMap<K, V>;
  /** Entries that differ from the base: a value, or GONE for a deletion. */
  private changes: Map<K, Slot<V>>;
  readonly size: number;
  readonly seq = nextSeq++;
  private readonly steps: readonly Step<K>[];

  private constructor(base: ReadonlyMap<K, V>, changes: Map<K, Slot<V>>, size: number, steps: readonly Step<K>[]) {
    this.base = base;
    this.changes = changes;
    this.size = size;
    this.steps = steps;
    if (changes.size >= COMPACT_AT) scheduleCompaction(this);
  }

  /**
   * `map` with `sets` and `deletes` applied (deletes first, as applyDiff does), as a new map.
   * `map` is left as it is. A deleted key that is set again keeps its place in iteration order
   * (a Map would move it to the end): nothing in the store depends on that order.
   */
  static derive<K, V>(map: ReadonlyMap<K, V>, sets: ReadonlyMap<K, V>, deletes: Iterable<K> = []): ReadonlyMap<K, V> {
    const layered = map instanceof LayeredMap ? (map as LayeredMap<K, V>) : null;
    if (!layered && map.size + sets.size < LAYER_MIN_SIZE) {
      const copy = new Map(map);
      for (const k of deletes) copy.delete(k);
      for (const [k, v] of sets) copy.set(k, v);
      return copy;
    }
    const base = layered ? layered.base : map;
    const changes = new Map<K, Slot<V>>(layered?.changes);
    let size = map.size;
    const touched: K[] = [];
    for (const k of deletes) {
      if (!slotHas(changes, base, k)) continue;
      // A key the base lacks needs no tombstone.
      if (base.has(k)) changes.set(k, GONE);
      else changes.delete(k);
      size -= 1;
      touched.push(k);
    }
    for (const [k, v] of sets) {
      if (!slotHas(changes, base, k)) size += 1;
      changes.set(k, v);
      touched.push(k);
    }
    const steps = [...(layered?.steps.slice(1 - STEPS_KEPT) ?? []), { from: seqOf(map), keys: touched }];
    // A change that rewrites much of the map (an import, a segment deleted) gets a fresh base now:
    // its own cost is already of that order.
    if (changes.size > Math.max(LAYER_MIN_SIZE, size / 8)) return new LayeredMap(flatten(base, changes), new Map(), size, steps);
    return new LayeredMap(base, changes, size, steps);
  }

  /**
   * The keys set or deleted between `older` and this map, if `older` is one of the maps this one
   * was derived from in its last few steps; null otherwise (the caller compares everything).
   */
  changedSince(older: ReadonlyMap<K, V>): Iterable<K> | null {
    if (older === this) return [];
    const seq = seqOf(older);
    const at = this.steps.findIndex((s) => s.from === seq);
    if (at < 0) return null;
    const out = new Set<K>();
    for (let i = at; i < this.steps.length; i++) for (const k of this.steps[i]!.keys) out.add(k);
    return out;
  }

  get(key: K): V | undefined {
    const changes = this.changes;
    if (changes.size && changes.has(key)) {
      const v = changes.get(key)!;
      return v === GONE ? undefined : v;
    }
    return this.base.get(key);
  }

  has(key: K): boolean {
    return slotHas(this.changes, this.base, key);
  }

  *entries(): MapIterator<[K, V]> {
    const changes = this.changes;
    if (!changes.size) {
      yield* this.base.entries();
      return;
    }
    for (const [k, v] of this.base) {
      if (!changes.has(k)) yield [k, v];
      else {
        const c = changes.get(k)!;
        if (c !== GONE) yield [k, c];
      }
    }
    for (const [k, c] of changes) if (c !== GONE && !this.base.has(k)) yield [k, c];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    if (!this.changes.size) {
      yield* this.base.values();
      return;
    }
    for (const [, v] of this.entries()) yield v;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'LayeredMap';
  }

  /** Folds the changes into a fresh base (same contents). Returns false if there was nothing to fold. */
  compactNow(): boolean {
    if (!this.changes.size) return false;
    this.base = flatten(this.base, this.changes);
    this.changes = new Map();
    return true;
  }

  /** For compaction in slices: the current base and changes (never written by the caller). */
  layers(): { base: ReadonlyMap<K, V>; changes: ReadonlyMap<K, Slot<V>> } {
    return { base: this.base, changes: this.changes };
  }

  /** Installs a base built from exactly layers() (compaction); ignored if the layers moved since. */
  adopt(from: { base: ReadonlyMap<K, V>; changes: ReadonlyMap<K, Slot<V>> }, base: Map<K, V>): void {
    if (from.base !== this.base || from.changes !== this.changes) return;
    this.base = base;
    this.changes = new Map();
  }
}

function slotHas<K, V>(changes: ReadonlyMap<K, Slot<V>>, base: ReadonlyMap<K, V>, key: K): boolean {
  if (changes.size && changes.has(key)) return changes.get(key) !== GONE;
  return base.has(key);
}

function flatten<K, V>(base: ReadonlyMap<K, V>, changes: ReadonlyMap<K, Slot<V>>): Map<K, V> {
  const out = new Map<K, V>();
  for (const [k, v] of base) {
    if (!changes.has(k)) out.set(k, v);
    else {
      const c = changes.get(k)!;
      if (c !== GONE) out.set(k, c);
    }
  }
  for (const [k, c] of changes) if (c !== GONE && !base.has(k)) out.set(k, c);
  return out;
}

// ---- Compaction in idle time, in slices, for the newest map only (older ones are history). ----

/** Entries copied between looks at the idle deadline: well under a millisecond. */
const SLICE = 1024;
let newest: WeakRef<LayeredMap<unknown, unknown>> | null = null;
let scheduled = false;

const idle = (cb: (d: IdleDeadline) => void) => whenIdle(cb, 2000);

function scheduleCompaction(map: LayeredMap<unknown, unknown>): void {
  newest = new WeakRef(map);
  if (scheduled) return;
  scheduled = true;
  idle(compactStep);
}

let job: {
  target: LayeredMap<unknown, unknown>;
  from: ReturnType<LayeredMap<unknown, unknown>['layers']>;
  out: Map<unknown, unknown>;
  it: Iterator<[unknown, unknown]>;
  done: boolean;
} | null = null;

function compactStep(deadline: IdleDeadline): void {
  const target = newest?.deref();
  if (!target) {
    scheduled = false;
    job = null;
    return;
  }
  if (!job || job.target !== target) {
    const from = target.layers();
    if (!from.changes.size) {
      scheduled = false;
      job = null;
      return;
    }
    job = { target, from, out: new Map(), it: from.base.entries(), done: false };
  }
  const { from, out } = job;
  while (deadline.timeRemaining() > 2) {
    let n = 0;
    for (; n < SLICE; n++) {
      const next = job.it.next();
      if (next.done) {
        job.done = true;
        break;
      }
      const [k, v] = next.value;
      if (!from.changes.has(k)) out.set(k, v);
      else {
        const c = from.changes.get(k);
        if (c !== GONE) out.set(k, c);
      }
    }
    if (job.done) break;
  }
  if (job.done) {
    for (const [k, c] of from.changes) if (c !== GONE && !from.base.has(k)) out.set(k, c);
    target.adopt(from, out);
    job = null;
    scheduled = false;
    // A newer map may have appeared while this one was folded.
    const again = newest?.deref();
    if (again && again.layers().changes.size >= COMPACT_AT) scheduleCompaction(again);
    return;
  }
  idle(compactStep);
}
