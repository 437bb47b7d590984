import type { AnyRecord, RecordOf, RecordType, Records } from './records';

/** Records that can list one type without walking the others (10,000 accounts beside 6 segments). */
export interface TypedRecords extends Records {
  ofType<T extends RecordType>(type: T): Iterable<RecordOf<T>>;
}

export function hasTypeIndex(records: Records): records is TypedRecords {
  return typeof (records as Partial<TypedRecords>).ofType === 'function';
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
export class RecordStore extends Map<string, AnyRecord> implements TypedRecords {
  private readonly byType = new Map<RecordType, Map<string, AnyRecord>>();

  constructor(records: Iterable<AnyRecord> = []) {
    super();
    for (const r of records) this.set(r.id, r);
  }

  override set(id: string, record: AnyRecord): this {
    const before = super.get(id);
    if (before && before.type !== record.type) this.byType.get(before.type)?.delete(id);
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
    if (before) this.byType.get(before.type)?.delete(id);
    return super.delete(id);
  }

  override clear(): void {
    this.byType.clear();
    super.clear();
  }

  ofType<T extends RecordType>(type: T): Iterable<RecordOf<T>> {
    return (this.byType.get(type)?.values() ?? []) as Iterable<RecordOf<T>>;
  }
}
