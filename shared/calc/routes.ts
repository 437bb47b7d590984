import { sortByOrder } from '../order';
import {
  cellRuleId,
  type CellRule,
  type Offering,
  type Placement,
  type Route,
  type RouteAnswer,
  type Segment,
} from '../records';

/**
 * The routes board's live analysis, pure so the grid, the findings list, exports and tests all
 * read the same answer. Rows are the segments not hidden in the routes grid; columns are offerings.
 *
 * Rules (DOMAIN.md, Board 3):
 * - gap: a visible cell no route serves;
 * - conflict: a visible cell two or more routes claim, with no rule of engagement — a rule made
 *   of blanks resolves nothing;
 * - a route question counts as answered when it has a written answer or is ticked done (a group
 *   may settle a question aloud and tick it; a written answer is an answer even before the tick);
 * - over target: more routes in the palette than the simplification target (the deck simplifies
 *   to 7). Every defined route counts, placed or not: the target is about how many routes the
 *   organisation has to run, and an unplaced route still has to be dropped or merged.
 * - duplicate number: two or more routes share a number (the room names routes by number — "④
 *   and ⑤ conflict" — so a number must say which route it is).
 * Placements of routes that no longer exist, or of hidden rows, count for nothing.
 */

export type CellStatus = 'gap' | 'served' | 'conflict' | 'resolved';

export interface CellAnalysis {
  /** Same key as the cell's rule id, so a cell and its rule are found by one string. */
  key: string;
  segmentId: string;
  offeringId: string;
  /** The placements of live routes in this cell, in the cell's order. */
  placements: Placement[];
  /** The trimmed rule of engagement ('' = none). */
  rule: string;
  status: CellStatus;
}

export interface IncompleteRoute {
  route: Route;
  /** Indexes (0-based) of the questions still unanswered. */
  unanswered: number[];
}

/** A number two or more routes carry, with those routes in palette order. */
export interface DuplicateNumber {
  number: number;
  routes: Route[];
}

export interface RoutesAnalysis {
  /** Visible rows and all columns, in board order. */
  rows: Segment[];
  hiddenRows: Segment[];
  columns: Offering[];
  /** Every visible cell by key. */
  cells: Map<string, CellAnalysis>;
  /** Findings in grid order (row by row, left to right). */
  gaps: CellAnalysis[];
  conflicts: CellAnalysis[];
  resolved: CellAnalysis[];
  incomplete: IncompleteRoute[];
  routeCount: number;
  target: number;
  /** How many routes over the target (0 when at or under it). */
  overBy: number;
  /** Visible cells each route serves, by route id. */
  cellsServed: Map<string, number>;
  /** Numbers used by more than one route, smallest first. */
  duplicates: DuplicateNumber[];
  /** Ids of the routes whose number another route also has. */
  duplicateRouteIds: Set<string>;
}

export interface RoutesInput {
  segments: Iterable<Segment>;
  offerings: Iterable<Offering>;
  routes: Iterable<Route>;
  placements: Iterable<Placement>;
  cellRules: Iterable<CellRule>;
  target: number;
}

export const cellKey = cellRuleId;

export function isAnswered(answer: RouteAnswer): boolean {
  return answer.done || answer.answer.trim() !== '';
}

export function unansweredQuestions(route: Route): number[] {
  return route.questions.flatMap((q, i) => (isAnswered(q) ? [] : [i]));
}

export function statusOf(routeCount: number, rule: string): CellStatus {
  if (routeCount === 0) return 'gap';
  if (routeCount === 1) return 'served';
  return rule.trim() === '' ? 'conflict' : 'resolved';
}

export function analyseRoutes(input: RoutesInput): RoutesAnalysis {
  const allRows = sortByOrder(input.segments);
  const rows = allRows.filter((s) => !s.hiddenInRoutes);
  const hiddenRows = allRows.filter((s) => s.hiddenInRoutes);
  const columns = sortByOrder(input.offerings);
  const routes = sortByOrder(input.routes);
  const liveRoutes = new Set(routes.map((r) => r.id));

  const byCell = new Map<string, Placement[]>();
  for (const p of input.placements) {
    if (!liveRoutes.has(p.routeId)) continue;
    const key = cellKey(p.segmentId, p.offeringId);
    const list = byCell.get(key);
    if (list) list.push(p);
    else byCell.set(key, [p]);
  }
  const rules = new Map<string, string>();
  for (const r of input.cellRules) rules.set(cellKey(r.segmentId, r.offeringId), r.rule.trim());

  const cells = new Map<string, CellAnalysis>();
  const gaps: CellAnalysis[] = [];
  const conflicts: CellAnalysis[] = [];
  const resolved: CellAnalysis[] = [];
  const cellsServed = new Map<string, number>(routes.map((r) => [r.id, 0]));
  for (const row of rows) {
    for (const col of columns) {
      const key = cellKey(row.id, col.id);
      const placements = sortByOrder(byCell.get(key) ?? []);
      const rule = rules.get(key) ?? '';
      const cell: CellAnalysis = { key, segmentId: row.id, offeringId: col.id, placements, rule, status: statusOf(placements.length, rule) };
      cells.set(key, cell);
      if (cell.status === 'gap') gaps.push(cell);
      else if (cell.status === 'conflict') conflicts.push(cell);
      else if (cell.status === 'resolved') resolved.push(cell);
      for (const p of placements) cellsServed.set(p.routeId, (cellsServed.get(p.routeId) ?? 0) + 1);
    }
  }

  const byNumber = new Map<number, Route[]>();
  for (const r of routes) byNumber.set(r.number, [...(byNumber.get(r.number) ?? []), r]);
  const duplicates = [...byNumber]
    .filter(([, rs]) => rs.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([number, rs]) => ({ number, routes: rs }));

  const incomplete = routes
    .map((route) => ({ route, unanswered: unansweredQuestions(route) }))
    .filter((r) => r.unanswered.length > 0);

  return {
    rows,
    hiddenRows,
    columns,
    cells,
    gaps,
    conflicts,
    resolved,
    incomplete,
    routeCount: routes.length,
    target: input.target,
    overBy: Math.max(0, routes.length - input.target),
    cellsServed,
    duplicates,
    duplicateRouteIds: new Set(duplicates.flatMap((d) => d.routes.map((r) => r.id))),
  };
}
