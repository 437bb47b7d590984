import { useMemo } from 'react';
import { boardTotals, columnFigures, type ColumnFigures } from '../../../../shared/calc/segments';
import type { Account } from '../../../../shared/records';
import { EMPTY_COLUMN, UNASSIGNED, type ColumnKey } from './columns';

/**
 * Figures per column array: the same array (an untouched column) gives the same figures object,
 * so a header whose column did not change is not re-rendered and nothing is recomputed.
 */
const cache = new WeakMap<readonly Account[], ColumnFigures>();

export function figuresOf(accounts: readonly Account[]): ColumnFigures {
  let f = cache.get(accounts);
  if (!f) {
    f = columnFigures(accounts);
    cache.set(accounts, f);
  }
  return f;
}

export interface BoardFigures {
  byColumn: ReadonlyMap<ColumnKey, ColumnFigures>;
  total: ColumnFigures;
  unassigned: ColumnFigures;
}

/**
 * Figures of every column shown (Unassigned and the segments) and the board's total. Takes the
 * column arrays (Columns.byKey), not the Columns object: a commit that only confirms an
 * optimistic move keeps the arrays, and must not recompute or redraw anything.
 */
export function useBoardFigures(byKey: ReadonlyMap<ColumnKey, readonly Account[]>, segmentIds: readonly string[]): BoardFigures {
  return useMemo(() => {
    const byColumn = new Map<ColumnKey, ColumnFigures>();
    for (const key of [UNASSIGNED, ...segmentIds]) byColumn.set(key, figuresOf(byKey.get(key) ?? EMPTY_COLUMN));
    return { byColumn, total: boardTotals(byColumn.values()), unassigned: byColumn.get(UNASSIGNED)! };
  }, [byKey, segmentIds]);
}
