import { parseCoverageRow, parseRoutesCellKey, parseRoutesValue } from '../../../shared/breakout/state';
import type { Translate } from '../../../shared/export/input';
import type { Account, BreakoutBoard, Motion, Offering, Route, Segment } from '../../../shared/records';

/** The records a label needs, by id (the window's store and an export's lists both give these). */
export interface LabelLookup {
  account: ReadonlyMap<string, Account>;
  segment: ReadonlyMap<string, Segment>;
  motion: ReadonlyMap<string, Motion>;
  route: ReadonlyMap<string, Route>;
  offering: ReadonlyMap<string, Offering>;
}

/** The thing a key stands for, in words: an account, a segment's coverage row, a routes cell. */
export function keyLabel(board: BreakoutBoard, key: string, records: LabelLookup, t: Translate): string {
  if (board === 'segments') return records.account.get(key)?.name ?? t('facilitation:breakout.gone');
  if (board === 'coverage') return records.segment.get(key)?.name ?? t('facilitation:breakout.gone');
  const { segmentId, offeringId } = parseRoutesCellKey(key);
  return `${records.segment.get(segmentId)?.name ?? '?'} · ${records.offering.get(offeringId)?.name ?? '?'}`;
}

/** A value in words: a segment's name, a coverage row's motions and shares, a cell's routes. */
export function valueLabel(board: BreakoutBoard, value: string | null, records: LabelLookup, t: Translate): string {
  if (value === null) return t('facilitation:breakout.deleted');
  if (board === 'segments') return value === '' ? t('facilitation:breakout.unassigned') : (records.segment.get(value)?.name ?? t('facilitation:breakout.gone'));
  if (board === 'coverage') {
    const cells = parseCoverageRow(value);
    if (cells.length === 0) return t('facilitation:breakout.uncovered');
    return cells
      .sort((a, b) => (a.role === b.role ? b.share - a.share : a.role === 'primary' ? -1 : 1))
      .map((c) => `${c.role === 'primary' ? '■' : '□'} ${records.motion.get(c.motionId)?.name ?? '?'} ${c.share} %`)
      .join(' · ');
  }
  const routes = parseRoutesValue(value);
  if (routes.length === 0) return t('facilitation:breakout.gap');
  return routes
    .map((id) => records.route.get(id))
    .sort((a, b) => (a?.number ?? 0) - (b?.number ?? 0))
    .map((r) => (r ? `${r.number} ${r.name}` : t('facilitation:breakout.gone')))
    .join(' · ');
}
