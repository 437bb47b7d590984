import { byOrder, type Ordered } from '../../shared/order';
import type { AnyRecord, RecordOf, RecordType, Records } from '../../shared/records';
import type { GroupedRecords, GroupField } from '../../shared/recordStore';
import type { RecordsByType } from './workshopStore';

/** One group of a type's records (a board column) in board order, from a map of that type. */
export type GroupIndex<T extends RecordType> = (records: ReadonlyMap<string, RecordOf<T>>, value: unknown) => readonly RecordOf<T>[];

const groupIndexes = new Map<string, GroupIndex<RecordType>>();

/**
 * Lets a board lend the shared command functions an index it keeps anyway: the segments board's
 * columns answer "the accounts of this column, in order" for an optimistic move, instead of a walk
 * over every account and a sort of the column (tens of ms at 50,000 accounts). The index must give
 * exactly what sorting the group by byOrder gives.
 */
export function provideGroupIndex<T extends RecordType>(type: T, field: GroupField<T>, index: GroupIndex<T>): void {
  groupIndexes.set(`${type}.${field}`, index as unknown as GroupIndex<RecordType>);
}

function groupOf(byType: RecordsByType, type: RecordType, field: string, value: unknown): readonly AnyRecord[] {
  const index = groupIndexes.get(`${type}.${field}`);
  if (index) return index(byType[type] as ReadonlyMap<string, never>, value);
  const out: AnyRecord[] = [];
  for (const r of byType[type].values()) if ((r as unknown as Record<string, unknown>)[field] === value) out.push(r);
  return (out as unknown as Ordered[]).sort(byOrder) as unknown as AnyRecord[];
}

/**
 * A read-only Map over the store's per-type maps, so the shared command functions can run in the
 * renderer (optimistic moves) without copying 10,000 records into one map, with group reads
 * (one column, in order) answered by a board's index where one is provided.
 */
export function recordsView(byType: RecordsByType): GroupedRecords {
  const maps = Object.values(byType) as ReadonlyMap<string, AnyRecord>[];
  const view = {
    get: (id: string) => {
      for (const m of maps) {
        const r = m.get(id);
        if (r) return r;
      }
      return undefined;
    },
    has: (id: string) => maps.some((m) => m.has(id)),
    get size() {
      return maps.reduce((n, m) => n + m.size, 0);
    },
    *entries(): MapIterator<[string, AnyRecord]> {
      for (const m of maps) yield* m.entries();
    },
    *keys(): MapIterator<string> {
      for (const m of maps) yield* m.keys();
    },
    *values(): MapIterator<AnyRecord> {
      for (const m of maps) yield* m.values();
    },
    ofType: (type: RecordType) => byType[type].values(),
    ofGroup: (type: RecordType, field: string, value: unknown) => groupOf(byType, type, field, value),
    forEach(cb: (value: AnyRecord, key: string, map: Records) => void) {
      for (const m of maps) m.forEach((v, k) => cb(v, k, view));
    },
    [Symbol.iterator]() {
      return view.entries();
    },
  } as GroupedRecords;
  return view;
}
