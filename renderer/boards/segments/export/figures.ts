import { boardTotals, columnFigures, sharePercent, type ColumnFigures } from '../../../../shared/calc/segments';
import type { ExportInput } from '../../../../shared/export/input';
import type { Account, Segment } from '../../../../shared/records';

/** One column of the segments board as exported: its accounts in board order and its figures. */
export interface SegmentColumn {
  /** null = the Unassigned column. */
  segment: Segment | null;
  accounts: Account[];
  figures: ColumnFigures;
  /** Share of the board's total revenue, percent; null when no revenue is known. */
  share: number | null;
}

export interface SegmentsFigures {
  /** The segments in board order. */
  segments: SegmentColumn[];
  unassigned: SegmentColumn;
  /** Over every account on the board, Unassigned included (what the shares are shares of). */
  totals: ColumnFigures;
}

/** The segments board's figures, from the same functions the board's column headers use. */
export function segmentsFigures(input: ExportInput): SegmentsFigures {
  const bySegment = new Map<string | null, Account[]>();
  for (const a of input.records.account) {
    const list = bySegment.get(a.segmentId);
    if (list) list.push(a);
    else bySegment.set(a.segmentId, [a]);
  }
  const known = new Set(input.records.segment.map((s) => s.id));
  // An account whose segment no longer exists sits in Unassigned, as on the board.
  const unassignedAccounts = [...(bySegment.get(null) ?? []), ...[...bySegment].filter(([id]) => id !== null && !known.has(id)).flatMap(([, l]) => l)];
  const raw = input.records.segment.map((segment) => ({ segment, accounts: bySegment.get(segment.id) ?? [] }));
  const all = [...raw, { segment: null, accounts: unassignedAccounts }].map((c) => ({ ...c, figures: columnFigures(c.accounts) }));
  const totals = boardTotals(all.map((c) => c.figures));
  const columns = all.map((c) => ({ ...c, share: sharePercent(c.figures.revenue, totals.revenue) }));
  return { segments: columns.slice(0, -1), unassigned: columns[columns.length - 1]!, totals };
}
