import { byOrder, type Ordered } from './order';
import { hasGroupIndex, hasTypeIndex, recordsOfType, type GroupField } from './recordStore';
import type { AnyRecord, RecordOf, RecordType, Records } from './records';

/**
 * What a command changed. Reversible: `invert` swaps added/removed and before/after, so the
 * undo log needs nothing but diffs (the tldraw store's idea, in plain data that crosses IPC).
 */
export interface Diff {
  added: AnyRecord[];
  updated: Array<[before: AnyRecord, after: AnyRecord]>;
  removed: AnyRecord[];
}

export const emptyDiff = (): Diff => ({ added: [], updated: [], removed: [] });

export function isEmptyDiff(diff: Diff): boolean {
  return diff.added.length === 0 && diff.updated.length === 0 && diff.removed.length === 0;
}

export function invertDiff(diff: Diff): Diff {
  return {
    added: diff.removed,
    removed: diff.added,
    updated: diff.updated.map(([before, after]) => [after, before]),
  };
}

/** Applies a diff to a mutable map of records (the renderer's store and the service cache). */
export function applyDiffTo(map: Map<string, AnyRecord>, diff: Diff): void {
  for (const r of diff.removed) map.delete(r.id);
  for (const [, after] of diff.updated) map.set(after.id, after);
  for (const r of diff.added) map.set(r.id, r);
}

/** Ids a diff touches, e.g. to re-render only those cards. */
export function touchedIds(diff: Diff): Set<string> {
  const ids = new Set<string>();
  for (const r of diff.added) ids.add(r.id);
  for (const r of diff.removed) ids.add(r.id);
  for (const [, after] of diff.updated) ids.add(after.id);
  return ids;
}

/**
 * Collects changes while a command runs, reading through its own pending changes so a command
 * can touch a record twice (add then update, update then remove) and still produce one clean diff.
 */
export class DiffBuilder {
  /**
   * The records at the start, read-only while the command runs: a record's state before the
   * command is simply base.get(id), so no copy of it is kept per id (for the import's 50,000 new
   * rows that second Map cost ~30 ms of sets and gets, and as much again in garbage).
   */
  private readonly base: Records;
  /** id -> state now (undefined = removed). */
  private readonly after = new Map<string, AnyRecord | undefined>();
  /** The record types with pending changes (a group read of any other type can use the base's index). */
  private readonly touched = new Set<RecordType>();

  constructor(base: Records) {
    this.base = base;
  }

  get(id: string): AnyRecord | undefined {
    return this.after.has(id) ? this.after.get(id) : this.base.get(id);
  }

  /** All records as they are now, base plus pending changes. */
  *values(): IterableIterator<AnyRecord> {
    for (const [id, r] of this.base) if (!this.after.has(id)) yield r;
    for (const r of this.after.values()) if (r) yield r;
  }

  /** The records of one type as they are now, optionally filtered (uses the base's type index). */
  ofType<T extends RecordType>(type: T, where?: (r: RecordOf<T>) => boolean): RecordOf<T>[] {
    const out: RecordOf<T>[] = [];
    const after = this.after;
    // One plain loop over the type's own bucket: this runs on every command, over 10,000 accounts.
    const base = hasTypeIndex(this.base) ? this.base.ofType(type) : recordsOfType(this.base, type);
    for (const r of base) if ((after.size === 0 || !after.has(r.id)) && (!where || where(r))) out.push(r);
    for (const r of after.values()) if (r && r.type === type && (!where || where(r as RecordOf<T>))) out.push(r as RecordOf<T>);
    return out;
  }

  /**
   * The records of one type whose `field` equals `value`, as they are now (optionally filtered):
   * one column of the board, read from the base's group index when it has one.
   */
  ofGroup<T extends RecordType>(type: T, field: GroupField<T>, value: unknown, where?: (r: RecordOf<T>) => boolean): RecordOf<T>[] {
    if (!hasGroupIndex(this.base)) return this.ofType(type, (r) => r[field] === value && (!where || where(r)));
    const out: RecordOf<T>[] = [];
    const after = this.after;
    for (const r of this.base.ofGroup(type, field, value)) if ((after.size === 0 || !after.has(r.id)) && (!where || where(r))) out.push(r);
    for (const r of after.values()) {
      if (r && r.type === type && (r as RecordOf<T>)[field] === value && (!where || where(r as RecordOf<T>))) out.push(r as RecordOf<T>);
    }
    return out;
  }

  /**
   * The records of one type whose `field` equals `value`, as they are now, in board order. Straight
   * from the base's sorted group index when nothing of that type has changed yet in this command
   * (a move reads its column first); sorted here otherwise. Read-only.
   */
  sortedGroup<T extends RecordType>(type: T, field: GroupField<T>, value: unknown): readonly RecordOf<T>[] {
    if (hasGroupIndex(this.base) && !this.touched.has(type)) return this.base.ofGroup(type, field, value);
    return (this.ofGroup(type, field, value) as unknown as Ordered[]).sort(byOrder) as unknown as RecordOf<T>[];
  }

  put(record: AnyRecord): void {
    const was = this.get(record.id);
    if (was) this.touched.add(was.type);
    this.touched.add(record.type);
    this.after.set(record.id, record);
  }

  remove(id: string): void {
    const was = this.get(id);
    if (was === undefined) return;
    this.touched.add(was.type);
    this.after.set(id, undefined);
  }

  build(): Diff {
    const diff = emptyDiff();
    for (const [id, now] of this.after) {
      const was = this.base.get(id);
      if (was === undefined && now !== undefined) diff.added.push(now);
      else if (was !== undefined && now === undefined) diff.removed.push(was);
      else if (was !== undefined && now !== undefined && !sameRecord(was, now)) diff.updated.push([was, now]);
    }
    return diff;
  }
}

/** Structural equality for JSON-like records (key order ignored). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameRecord(v, b[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Re-bases a stored diff onto the records as they are now, for undo and redo. Changes that are
 * not on the undo stack (the agenda timer) may have touched the same records since; only the
 * fields the stored diff changed are set, so those other changes survive an undo.
 */
export function rebaseDiff(current: Records, diff: Diff): Diff {
  const out = emptyDiff();
  for (const r of diff.removed) {
    const now = current.get(r.id);
    if (now) out.removed.push(now);
  }
  for (const [before, after] of diff.updated) {
    const now = current.get(after.id);
    if (!now) continue;
    const next: Record<string, unknown> = { ...now };
    const b = before as unknown as Record<string, unknown>;
    const a = after as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (!sameRecord(b[key], a[key])) {
        if (key in a) next[key] = a[key];
        else delete next[key];
      }
    }
    if (!sameRecord(now, next)) out.updated.push([now, next as unknown as AnyRecord]);
  }
  for (const r of diff.added) {
    if (!current.has(r.id)) out.added.push(r);
  }
  return out;
}
