import type { Account } from '../records';

/**
 * The live figures of one column of the segments board (a segment, or Unassigned). Pure and
 * computed from the column's accounts alone, so a column's figures change only when it does.
 */
export interface ColumnFigures {
  /** Accounts in the column. */
  count: number;
  /** Sum of the known annual revenues, ¥ M. */
  revenue: number;
  /** Accounts whose revenue is known; the average is over these, not over `count`. */
  withRevenue: number;
  /** Average revenue of the accounts with a known revenue, ¥ M; null when none is known. */
  average: number | null;
}

export const NO_FIGURES: ColumnFigures = { count: 0, revenue: 0, withRevenue: 0, average: null };

export function columnFigures(accounts: readonly Account[]): ColumnFigures {
  let revenue = 0;
  let withRevenue = 0;
  for (const a of accounts) {
    if (a.revenue !== null) {
      revenue += a.revenue;
      withRevenue += 1;
    }
  }
  return { count: accounts.length, revenue, withRevenue, average: withRevenue ? revenue / withRevenue : null };
}

/**
 * Share of `part` in `total`, in percent (0–100); null when there is no total to share. The
 * total is the revenue of every account on the board, Unassigned included, so moving a card
 * changes only the shares of the two columns it leaves and enters.
 */
export function sharePercent(part: number, total: number): number | null {
  if (!(total > 0)) return null;
  return (part / total) * 100;
}

/**
 * Totals over all columns: what the shares are shares of. The revenue is rounded to a millionth
 * of ¥ M: summed per column in a different grouping after a move, floating point would otherwise
 * change its last bits, and every column (whose share depends on the total) would redraw.
 */
export function boardTotals(columns: Iterable<ColumnFigures>): ColumnFigures {
  let count = 0;
  let revenue = 0;
  let withRevenue = 0;
  for (const f of columns) {
    count += f.count;
    revenue += f.revenue;
    withRevenue += f.withRevenue;
  }
  revenue = Math.round(revenue * 1e6) / 1e6;
  return { count, revenue, withRevenue, average: withRevenue ? revenue / withRevenue : null };
}
