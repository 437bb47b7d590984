import { byOrder, insertSorted, removeSorted, type Ordered } from './order';
import type { AnyRecord, RecordOf, RecordType, Records } from './records';

/** Records that can list one type without walking the others (10,000 accounts beside 6 segments). */
export interface TypedRecords extends Records {
  ofType<T extends RecordType>(type: T): Iterable<RecordOf<T>>;
}

export function hasTypeIndex(records: Records): records is TypedRecords {
  return typeof (records as Partial<TypedRecords>).ofType === 'function';
}

/** A field whose value groups the records of a type: an account's column is its segmentId. */
export type GroupField<T extends RecordType> = keyof RecordOf<T> & string;

/** Records that can list one group (one column of 2,000 cards) without walking the whole type. */
export interface GroupedRecords extends TypedRecords {
  /** The group's records in board order (by order key, then id). Read-only: the index owns it. */
  ofGroup<T extends RecordType>(type: T, field: GroupField<T>, value: unknown): readonly RecordOf<T>[];
}

export function hasGroupIndex(records: Records): records is GroupedRecords {
  return typeof (records as Partial<GroupedRecords>).ofGroup === 'function';
}

/** The records of one type in any Records (indexed when the container has an index). */
export function* recordsOfType<T extends RecordType>(records: Records, type: T): Iterable<RecordOf<T>> {
  if (hasTypeIndex(records)) {
    yield* records.ofType(type);
    return;
  }
  for (const r of records.values()) if (r.type === type) yield r as RecordOf<T>;
}

/**
 * A Map of records by id that also keeps them by type. The service's cache of an open workshop:
 * commands ask "all segments", "all accounts" far more often than anything else.
 */
export class RecordStore extends Map<string, AnyRecord> implements GroupedRecords {
  private readonly byType = new Map<RecordType, Map<string, AnyRecord>>();
  /**
   * Group indexes, built the first time a command asks for one ("the accounts of this column")
   * and kept up to date from then on: type → field → value → records in board order. Kept
   * sorted, so placing a card reads its two neighbours instead of the whole column.
   */
  private readonly groups = new Map<RecordType, Map<string, Map<unknown, Ordered[]>>>();

  constructor(records: Iterable<AnyRecord> = []) {
    super();
    for (const r of records) this.set(r.id, r);
  }

  override set(id: string, record: AnyRecord): this {
    const before = super.get(id);
    if (before) this.ungroup(before);
    if (before && before.type !== record.type) this.byType.get(before.type)?.delete(id);
    this.group(record);
    let bucket = this.byType.get(record.type);
    if (!bucket) {
      bucket = new Map();
      this.byType.set(record.type, bucket);
    }
    bucket.set(id, record);
    return super.set(id, record);
  }

  override delete(id: string): boolean {
    const before = super.get(id);
    if (before) {
      this.byType.get(before.type)?.delete(id);
      this.ungroup(before);
    }
    return super.delete(id);
  }

  override clear(): void {
    this.byType.clear();
    this.groups.clear();
    super.clear();
  }

  ofGroup<T extends RecordType>(type: T, field: GroupField<T>, value: unknown): readonly RecordOf<T>[] {
    let byField = this.groups.get(type);
    if (!byField) {
      byField = new Map();
      this.groups.set(type, byField);
    }
    let index = byField.get(field);
    if (!index) {
      index = new Map();
      byField.set(field, index);
      for (const r of this.ofType(type)) bucketOf(index, r[field]).push(r as Ordered);
      for (const bucket of index.values()) bucket.sort(byOrder);
    }
    return (index.get(value) ?? []) as unknown as readonly RecordOf<T>[];
  }

  private group(record: AnyRecord): void {
    const byField = this.groups.get(record.type);
    if (!byField) return;
    for (const [field, index] of byField) insertSorted(bucketOf(index, fieldOf(record, field)), record as Ordered);
  }

  private ungroup(record: AnyRecord): void {
    const byField = this.groups.get(record.type);
    if (!byField) return;
    for (const [field, index] of byField) {
      const bucket = index.get(fieldOf(record, field));
      if (bucket) removeSorted(bucket, record as Ordered);
    }
  }

  ofType<T extends RecordType>(type: T): Iterable<RecordOf<T>> {
    return (this.byType.get(type)?.values() ?? []) as Iterable<RecordOf<T>>;
  }
}

function fieldOf(record: AnyRecord, field: string): unknown {
  return (record as unknown as Record<string, unknown>)[field];
}

function bucketOf(index: Map<unknown, Ordered[]>, value: unknown): Ordered[] {
  let bucket = index.get(value);
  if (!bucket) {
    bucket = [];
    index.set(value, bucket);
  }
  return bucket;
}
