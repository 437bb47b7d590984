import { analyseRoutes, type RoutesAnalysis } from '../../../../shared/calc/routes';
import type { ExportInput } from '../../../../shared/export/input';
import { coverageFigures } from '../../coverage/export/figures';

/** The deck's simplification target when the workshop has not set one. */
export const DEFAULT_ROUTE_TARGET = 7;

/**
 * The routes board's grid and findings, from the same analysis the board and its findings use —
 * with the capacity of each route's linked motions in the coverage plan on the board.
 */
export function routesFigures(input: ExportInput): RoutesAnalysis {
  const r = input.records;
  const plan = coverageFigures(input).plans.find((p) => p.active)?.figures;
  return analyseRoutes({
    ...(plan
      ? {
          motionCapacity: new Map(plan.motions.map((m) => [m.motion.id, { people: m.people, capacity: m.units * m.unit.accounts, accounts: m.accounts }])),
          segmentAccounts: new Map(plan.segments.map((s) => [s.segment.id, s.facts.accounts])),
        }
      : {}),
    segments: r.segment,
    offerings: r.offering,
    routes: r.route,
    placements: r.placement,
    cellRules: r.cellRule,
    target: input.settings?.routeTarget ?? DEFAULT_ROUTE_TARGET,
  });
}
