import { useMemo } from 'react';
import { sortByOrder, type Ordered } from '../../shared/order';
import type { RecordOf, RecordType } from '../../shared/records';
import { useWorkshop } from './workshopStore';

/** All records of a type, as one map that changes identity only when that type changes. */
export function useRecordMap<T extends RecordType>(type: T): ReadonlyMap<string, RecordOf<T>> {
  return useWorkshop((s) => s.records[type]) as ReadonlyMap<string, RecordOf<T>>;
}

/** Records of an ordered type, sorted by their fractional keys (memoised per change of the type). */
export function useOrdered<T extends 'agendaItem' | 'segment' | 'motion' | 'offering' | 'route' | 'stage' | 'scenario' | 'criterion' | 'role' | 'reviewMeeting' | 'parkingItem'>(
  type: T,
): RecordOf<T>[] {
  const map = useRecordMap(type);
  return useMemo(() => sortByOrder([...map.values()] as unknown as Ordered[]) as unknown as RecordOf<T>[], [map]);
}
