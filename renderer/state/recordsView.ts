import type { AnyRecord, RecordType, Records } from '../../shared/records';
import type { TypedRecords } from '../../shared/recordStore';
import type { RecordsByType } from './workshopStore';

/**
 * A read-only Map over the store's per-type maps, so the shared command functions can run in the
 * renderer (optimistic moves) without copying 10,000 records into one map.
 */
export function recordsView(byType: RecordsByType): TypedRecords {
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
    forEach(cb: (value: AnyRecord, key: string, map: Records) => void) {
      for (const m of maps) m.forEach((v, k) => cb(v, k, view));
    },
    [Symbol.iterator]() {
      return view.entries();
    },
  } as TypedRecords;
  return view;
}
