import { useMemo } from 'react';
import type { MotionFigures } from '../../../shared/calc/coverage';
import { analyseRoutes, type MotionCapacity, type RoutesAnalysis } from '../../../shared/calc/routes';
import type { Offering, Route, Scenario, Segment } from '../../../shared/records';
import { useRecordMap } from '../../state/selectors';
import { useSettings } from '../../state/workshopStore';
import { useActiveScenario, usePlan } from '../coverage/usePlan';

export interface RoutesData {
  analysis: RoutesAnalysis;
  routes: ReadonlyMap<string, Route>;
  segments: ReadonlyMap<string, Segment>;
  offerings: ReadonlyMap<string, Offering>;
  /** The coverage plan on screen and its motions' figures (question 4: is there capacity?). */
  plan: { scenario: Scenario | null; motions: readonly MotionFigures[] };
}

/**
 * The grid's records and their live analysis, recomputed only when a routes-board type changes —
 * or the coverage plan on screen, whose motions staff the routes linked to them (issue 11).
 */
export function useRoutesData(): RoutesData {
  const segments = useRecordMap('segment');
  const offerings = useRecordMap('offering');
  const routes = useRecordMap('route');
  const placements = useRecordMap('placement');
  const cellRules = useRecordMap('cellRule');
  const target = useSettings()?.routeTarget ?? 7;
  const scenario = useActiveScenario();
  const coverage = usePlan(scenario?.id ?? null);
  const capacity = useMemo(() => {
    const motionCapacity = new Map<string, MotionCapacity>(
      coverage.motions.map((m) => [m.motion.id, { people: m.people, capacity: m.units * m.unit.accounts, accounts: m.accounts }]),
    );
    const segmentAccounts = new Map(coverage.segments.map((s) => [s.segment.id, s.facts.accounts]));
    return { motionCapacity, segmentAccounts };
  }, [coverage]);
  const analysis = useMemo(
    () =>
      analyseRoutes({
        segments: segments.values(),
        offerings: offerings.values(),
        routes: routes.values(),
        placements: placements.values(),
        cellRules: cellRules.values(),
        target,
        ...capacity,
      }),
    [segments, offerings, routes, placements, cellRules, target, capacity],
  );
  return { analysis, routes, segments, offerings, plan: { scenario, motions: coverage.motions } };
}
