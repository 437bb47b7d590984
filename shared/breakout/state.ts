import { AppError } from '../errors';
import type { Account, BreakoutBoard, BreakoutChange, BreakoutCopy, Coverage, Placement, Segment, Offering } from '../records';

/**
 * A board's state as keys and values, the one form the breakout diff and merge work on (so the
 * same compare serves three boards). A value is a string; a key that is missing is a thing that
 * is not there (an account deleted, a segment gone).
 * - segments: account id → its segment id ('' = Unassigned);
 * - coverage: segment id → the segment's row of the plan, its cells in motion-id order
 *   ("motionId=primary:70;…", '' = uncovered). A row, not a cell, is the unit: a segment's
 *   shares add up to 100 % with exactly one primary, so only whole rows can be taken from a
 *   group without breaking the plan;
 * - routes: a grid cell (segment × offering, keyed by routesCellKey) → the ids of the routes
 *   placed in it, sorted, comma-separated ('' = a gap).
 */
export type BoardState = Map<string, string>;

export function segmentsState(accounts: Iterable<Pick<Account, 'id' | 'segmentId'>>): BoardState {
  const out: BoardState = new Map();
  for (const a of accounts) out.set(a.id, a.segmentId ?? '');
  return out;
}

export interface CoverageCellValue {
  motionId: string;
  role: Coverage['role'];
  share: number;
}

export function coverageRowValue(cells: Iterable<CoverageCellValue>): string {
  return [...cells]
    .sort((a, b) => (a.motionId < b.motionId ? -1 : a.motionId > b.motionId ? 1 : 0))
    .map((c) => `${c.motionId}=${c.role}:${c.share}`)
    .join(';');
}

/** A coverage row's value read back into cells ('' = no cells). */
export function parseCoverageRow(value: string): CoverageCellValue[] {
  if (value === '') return [];
  return value.split(';').map((part) => {
    const eq = part.lastIndexOf('=');
    const [role, share] = part.slice(eq + 1).split(':');
    return { motionId: part.slice(0, eq), role: role === 'primary' ? 'primary' : 'overlay', share: Number(share) };
  });
}

export function coverageState(segments: Iterable<Pick<Segment, 'id'>>, coverage: Iterable<Coverage>, scenarioId: string | null): BoardState {
  const rows = new Map<string, CoverageCellValue[]>();
  for (const s of segments) rows.set(s.id, []);
  for (const c of coverage) if (c.scenarioId === scenarioId) rows.get(c.segmentId)?.push(c);
  return new Map([...rows].map(([id, cells]) => [id, coverageRowValue(cells)]));
}

export const routesCellKey = (segmentId: string, offeringId: string): string => JSON.stringify([segmentId, offeringId]);

/** A routes cell's key read back; a key not made by routesCellKey (sent by a caller) is refused. */
export function parseRoutesCellKey(key: string): { segmentId: string; offeringId: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((part) => typeof part === 'string')) {
    throw new AppError('invalid_value', 'Not a cell of the routes grid', { field: 'key' });
  }
  const [segmentId, offeringId] = parsed as [string, string];
  return { segmentId, offeringId };
}

export const routesValue = (routeIds: Iterable<string>): string => [...new Set(routeIds)].sort().join(',');
export const parseRoutesValue = (value: string): string[] => (value === '' ? [] : value.split(','));

export function routesState(segments: Iterable<Pick<Segment, 'id'>>, offerings: Iterable<Pick<Offering, 'id'>>, placements: Iterable<Placement>): BoardState {
  const cells = new Map<string, string[]>();
  const cols = [...offerings];
  for (const s of segments) for (const o of cols) cells.set(routesCellKey(s.id, o.id), []);
  for (const p of placements) cells.get(routesCellKey(p.segmentId, p.offeringId))?.push(p.routeId);
  return new Map([...cells].map(([key, ids]) => [key, routesValue(ids)]));
}

/** The main board's state a copy of `board` is read against. */
export interface MainInput {
  accounts: Iterable<Account>;
  segments: Iterable<Segment>;
  offerings: Iterable<Offering>;
  placements: Iterable<Placement>;
  coverage: Iterable<Coverage>;
}

export function mainState(board: BreakoutBoard, input: MainInput, scenarioId: string | null): BoardState {
  if (board === 'segments') return segmentsState(input.accounts);
  if (board === 'coverage') return coverageState(input.segments, input.coverage, scenarioId);
  return routesState(input.segments, input.offerings, input.placements);
}

/** A state with changes laid over it (a segments or routes copy: the main board plus the group's changes). */
export function withChanges(state: ReadonlyMap<string, string>, changes: Iterable<BreakoutChange>): BoardState {
  const out: BoardState = new Map(state);
  for (const c of changes) {
    if (c.to === null) out.delete(c.key);
    else out.set(c.key, c.to);
  }
  return out;
}

/** What `after` changed against `before`, key by key (a coverage copy's plan against the main plan's rows when copied). */
export function changesBetween(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): BreakoutChange[] {
  const out: BreakoutChange[] = [];
  for (const [key, from] of before) {
    const to = after.get(key) ?? null;
    if (to !== from) out.push({ key, from, to });
  }
  for (const [key, to] of after) if (!before.has(key)) out.push({ key, from: null, to });
  return out;
}

/**
 * A copy's changes: stored ones for segments and routes; for coverage, its plan's rows against the
 * base. `groupPlan` is the copy's plan's state (coverageState of copy.scenarioId).
 */
export function changesOf(copy: BreakoutCopy, groupPlan?: ReadonlyMap<string, string>): BreakoutChange[] {
  if (copy.board !== 'coverage') return copy.changes;
  const base = new Map(copy.base.map((b) => [b.key, b.value]));
  return changesBetween(base, groupPlan ?? base);
}

/**
 * A group's edit of its copy: the change list with `key` set to `to`. The first change of a key
 * keeps the main board's value as `from`; setting a key back to the main board's value drops the
 * change (the copy says the same as the main board there again).
 */
export function setChange(changes: readonly BreakoutChange[], main: ReadonlyMap<string, string>, key: string, to: string | null): BreakoutChange[] {
  const existing = changes.find((c) => c.key === key);
  const from = existing ? existing.from : (main.get(key) ?? null);
  const rest = changes.filter((c) => c.key !== key);
  return to === from ? rest : [...rest, { key, from, to }];
}
