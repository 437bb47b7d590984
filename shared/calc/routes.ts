import { sortByOrder } from '../order';
import {
  cellRuleId,
  type CellRule,
  type Offering,
  type Placement,
  type Route,
  SALES_STEPS,
  type RouteAnswer,
  type SalesStep,
  type Segment,
} from '../records';

/**
 * The routes board's live analysis, pure so the grid, the findings list, exports and tests all
 * read the same answer. Rows are the segments not hidden in the routes grid; columns are offerings.
 *
 * Rules (DOMAIN.md, Board 3):
 * - gap: a visible cell no route serves;
 * - conflict (issue 11, sales-cycle aware): a visible cell where two routes both claim "own" or
 *   "shared" for the same step of the sales cycle (relationship management, opportunity
 *   discovery, opportunity ownership, technical support), with no rule of engagement — a rule made
 *   of blanks resolves nothing. Routes whose splits are complementary (one owns the relationship,
 *   the other delivers) are a hand-off, shown as such, not a conflict. A step nobody filled in
 *   claims nothing;
 * - inconsistent: a partner-family route that does every step itself, or a direct/online route
 *   that leaves every step to partners — its family and its split disagree;
 * - over capacity: a route linked to coverage motions whose plan capacity (units × accounts per
 *   unit) is below the accounts of the segments it is placed in. Judged only once the plan staffs
 *   at least one of them: before the room has placed anything, every route would be "over";
 * - a route question counts as answered only with a written answer (issue 11: a tick on an empty
 *   box defends nothing in front of the client's head of sales);
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
  /** Steps two or more of the cell's routes both claim (own or shared): the conflict's reason. */
  clashes: StepClash[];
  /** Two or more routes with complementary splits: who does which step. Null otherwise. */
  handoff: HandoffStep[] | null;
}

/** A step of the sales cycle two or more routes of one cell claim. */
export interface StepClash {
  step: SalesStep;
  routeIds: string[];
}

/** Who carries a step of the sales cycle in a hand-off cell (route ids; empty = nobody said). */
export interface HandoffStep {
  step: SalesStep;
  routeIds: string[];
}

/** Route capacity from the coverage plan (question 4: is there enough channel capacity?). */
export interface MotionCapacity {
  people: number;
  /** Accounts the motion's staffed units can cover: units × accounts per unit. */
  capacity: number;
  /** Accounts the motion covers in the plan. */
  accounts: number;
}

export interface RouteCapacity {
  route: Route;
  /** Accounts of the visible segments the route is placed in. */
  accounts: number;
  /** Σ capacity of its linked motions in the plan. */
  capacity: number;
  people: number;
  over: boolean;
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
  /** Routes whose channel family contradicts their sales-cycle split. */
  inconsistent: Route[];
  /** Routes linked to coverage motions, with their capacity against their accounts. */
  capacity: RouteCapacity[];
}

export interface RoutesInput {
  segments: Iterable<Segment>;
  offerings: Iterable<Offering>;
  routes: Iterable<Route>;
  placements: Iterable<Placement>;
  cellRules: Iterable<CellRule>;
  target: number;
  /** Linked motions' figures in the coverage plan on screen (omitted: no capacity check). */
  motionCapacity?: ReadonlyMap<string, MotionCapacity>;
  /** Accounts per segment id (omitted: no capacity check). */
  segmentAccounts?: ReadonlyMap<string, number>;
}

export const cellKey = cellRuleId;

export function isAnswered(answer: RouteAnswer): boolean {
  return answer.answer.trim() !== '';
}

export function unansweredQuestions(route: Route): number[] {
  return route.questions.flatMap((q, i) => (isAnswered(q) ? [] : [i]));
}

/** The steps two or more routes both claim as "own" or "shared". */
export function clashesOf(routes: readonly Route[]): StepClash[] {
  if (routes.length < 2) return [];
  return SALES_STEPS.flatMap((step) => {
    const claim = routes.filter((r) => r.steps[step] === 'own' || r.steps[step] === 'shared').map((r) => r.id);
    return claim.length >= 2 ? [{ step, routeIds: claim }] : [];
  });
}

/** Who carries each step when the routes of a cell do not clash: own/shared first, else partner routes. */
export function handoffOf(routes: readonly Route[]): HandoffStep[] {
  return SALES_STEPS.map((step) => {
    const ours = routes.filter((r) => r.steps[step] === 'own' || r.steps[step] === 'shared');
    const partners = routes.filter((r) => r.steps[step] === 'partner');
    return { step, routeIds: (ours.length > 0 ? ours : partners).map((r) => r.id) };
  });
}

/** A family that says partner but a split that says "we do it all" (or the other way round). */
export function isInconsistent(route: Route): boolean {
  const steps = SALES_STEPS.map((s) => route.steps[s]);
  if (route.family === 'partner') return steps.every((s) => s === 'own');
  return steps.every((s) => s === 'partner');
}

export function statusOf(routeCount: number, rule: string, clashes = routeCount >= 2 ? 1 : 0): CellStatus {
  if (routeCount === 0) return 'gap';
  if (routeCount === 1 || clashes === 0) return 'served';
  return rule.trim() === '' ? 'conflict' : 'resolved';
}

export function analyseRoutes(input: RoutesInput): RoutesAnalysis {
  const allRows = sortByOrder(input.segments);
  const rows = allRows.filter((s) => !s.hiddenInRoutes);
  const hiddenRows = allRows.filter((s) => s.hiddenInRoutes);
  const columns = sortByOrder(input.offerings);
  const routes = sortByOrder(input.routes);
  const liveRoutes = new Set(routes.map((r) => r.id));
  const routeById = new Map(routes.map((r) => [r.id, r]));

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
      const cellRoutes = [...new Set(placements.map((p) => p.routeId))].map((id) => routeById.get(id)!);
      const clashes = clashesOf(cellRoutes);
      const status = statusOf(placements.length, rule, clashes.length);
      const handoff = cellRoutes.length >= 2 && clashes.length === 0 ? handoffOf(cellRoutes) : null;
      const cell: CellAnalysis = { key, segmentId: row.id, offeringId: col.id, placements, rule, status, clashes, handoff };
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

  const capacity: RouteCapacity[] = [];
  if (input.motionCapacity && input.segmentAccounts) {
    const segmentsOf = new Map<string, Set<string>>();
    for (const cell of cells.values()) for (const p of cell.placements) segmentsOf.set(p.routeId, (segmentsOf.get(p.routeId) ?? new Set()).add(cell.segmentId));
    for (const route of routes) {
      const linked = route.motionIds.flatMap((id) => input.motionCapacity!.get(id) ?? []);
      if (route.motionIds.length === 0) continue;
      const accounts = [...(segmentsOf.get(route.id) ?? [])].reduce((s, id) => s + (input.segmentAccounts!.get(id) ?? 0), 0);
      const cap = linked.reduce((s, m) => s + m.capacity, 0);
      const people = linked.reduce((s, m) => s + m.people, 0);
      capacity.push({ route, accounts, capacity: cap, people, over: people > 0 && accounts > cap + 1e-9 });
    }
  }

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
    inconsistent: routes.filter(isInconsistent),
    capacity,
  };
}
