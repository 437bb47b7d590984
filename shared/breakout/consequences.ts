import { plannedMotions } from '../calc/assumptions';
import { planFigures, segmentFacts } from '../calc/coverage';
import { analyseRoutes } from '../calc/routes';
import { sortByOrder } from '../order';
import type { Account, Assumption, BreakoutCopy, CellRule, Coverage, Motion, Offering, Placement, Route, Scenario, Segment } from '../records';
import { parseRoutesCellKey, parseRoutesValue } from './state';

/** The records the consequences of a board version are computed from (the main board's); arrays, read once per version. */
export interface WorkshopFacts {
  accounts: readonly Account[];
  segments: readonly Segment[];
  motions: readonly Motion[];
  assumptions: readonly Assumption[];
  scenarios: ReadonlyMap<string, Scenario>;
  coverage: readonly Coverage[];
  offerings: readonly Offering[];
  routes: readonly Route[];
  placements: readonly Placement[];
  cellRules: readonly CellRule[];
  routeTarget: number;
}

/** What a version of the board means for the day's numbers: the figures the room argues about. */
export interface Consequences {
  people: number;
  /** ¥ M a year. */
  cost: number;
  uncoveredSegments: number;
  gaps: number;
  conflicts: number;
}

/**
 * The consequences of the main board (copy = null) or of a group's copy, computed with the same
 * shared/calc functions the boards use: a segments copy moves accounts (so the coverage plan's
 * people change with the segments' sizes), a coverage copy is its own plan, a routes copy changes
 * cells of the grid. `planId` is the main coverage plan.
 */
export function consequencesOf(facts: WorkshopFacts, planId: string | null, copy: BreakoutCopy | null): Consequences {
  let accounts = [...facts.accounts];
  let placements = [...facts.placements];
  let scenarioId = planId;
  if (copy?.board === 'segments') {
    const moved = new Map(copy.changes.map((c) => [c.key, c.to]));
    accounts = accounts.map((a) => {
      const to = moved.get(a.id);
      return to === undefined || to === null ? a : { ...a, segmentId: to === '' ? null : to };
    });
  } else if (copy?.board === 'coverage') {
    if (copy.scenarioId && facts.scenarios.has(copy.scenarioId)) scenarioId = copy.scenarioId;
  } else if (copy?.board === 'routes') {
    const cells = new Map(copy.changes.map((c) => [c.key, c.to]));
    const cellOf = (p: Placement) => JSON.stringify([p.segmentId, p.offeringId]);
    placements = placements.filter((p) => !cells.has(cellOf(p)));
    for (const [key, to] of cells) {
      const { segmentId, offeringId } = parseRoutesCellKey(key);
      parseRoutesValue(to ?? '').forEach((routeId, i) => placements.push({ id: `${key}:${routeId}`, type: 'placement', routeId, segmentId, offeringId, order: `a${i}` }));
    }
  }
  const segments = sortByOrder(facts.segments);
  const plan = planFigures({
    segments,
    motions: plannedMotions(sortByOrder(facts.motions), facts.assumptions, scenarioId),
    coverage: [...facts.coverage].filter((c) => c.scenarioId === scenarioId),
    facts: segmentFacts(accounts),
  });
  const routes = analyseRoutes({ segments, offerings: facts.offerings, routes: facts.routes, placements, cellRules: facts.cellRules, target: facts.routeTarget });
  return {
    people: plan.totals.people,
    cost: plan.totals.cost,
    uncoveredSegments: plan.totals.uncoveredSegments,
    gaps: routes.gaps.length,
    conflicts: routes.conflicts.length,
  };
}
