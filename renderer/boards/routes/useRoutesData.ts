import { useMemo } from 'react';
import { analyseRoutes, type RoutesAnalysis } from '../../../shared/calc/routes';
import type { Offering, Route, Segment } from '../../../shared/records';
import { useRecordMap } from '../../state/selectors';
import { useSettings } from '../../state/workshopStore';

export interface RoutesData {
  analysis: RoutesAnalysis;
  routes: ReadonlyMap<string, Route>;
  segments: ReadonlyMap<string, Segment>;
  offerings: ReadonlyMap<string, Offering>;
}

/** The grid's records and their live analysis, recomputed only when a routes-board type changes. */
export function useRoutesData(): RoutesData {
  const segments = useRecordMap('segment');
  const offerings = useRecordMap('offering');
  const routes = useRecordMap('route');
  const placements = useRecordMap('placement');
  const cellRules = useRecordMap('cellRule');
  const target = useSettings()?.routeTarget ?? 7;
  const analysis = useMemo(
    () =>
      analyseRoutes({
        segments: segments.values(),
        offerings: offerings.values(),
        routes: routes.values(),
        placements: placements.values(),
        cellRules: cellRules.values(),
        target,
      }),
    [segments, offerings, routes, placements, cellRules, target],
  );
  return { analysis, routes, segments, offerings };
}
