import { analyseRoutes, type RoutesAnalysis } from '../../../../shared/calc/routes';
import type { ExportInput } from '../../../../shared/export/input';

/** The deck's simplification target when the workshop has not set one. */
export const DEFAULT_ROUTE_TARGET = 7;

/** The routes board's grid and findings, from the same analysis the board and its findings use. */
export function routesFigures(input: ExportInput): RoutesAnalysis {
  const r = input.records;
  return analyseRoutes({
    segments: r.segment,
    offerings: r.offering,
    routes: r.route,
    placements: r.placement,
    cellRules: r.cellRule,
    target: input.settings?.routeTarget ?? DEFAULT_ROUTE_TARGET,
  });
}
