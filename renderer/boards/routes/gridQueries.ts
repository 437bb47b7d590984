import { cellKey, type RoutesAnalysis } from '../../../shared/calc/routes';
import type { Offering, Placement, Route, Segment } from '../../../shared/records';
import { cellLabel, routeLabel, type Translate } from './labels';

/** A position in the grid: row 0 holds the column headers, column 0 the row headers. */
export interface GridPos {
  r: number;
  c: number;
}

export interface GridQueries {
  nameOfCell(segmentId: string, offeringId: string): string;
  nameOfRoute(routeId: string): string;
  /** Live routes' placements in a cell, in order. */
  placementsIn(segmentId: string, offeringId: string): Placement[];
  /** The route already serves that cell through another placement than `movingId`: a drop there is refused. */
  refusedAt(routeId: string, segmentId: string, offeringId: string, movingId: string | null): boolean;
  posOf(segmentId: string, offeringId: string): GridPos;
  findPlacement(id: string): Placement | undefined;
}

/** Lookups the board's drag paths (pointer and keyboard) share, over one render's analysis. */
export function gridQueries(
  analysis: RoutesAnalysis,
  maps: { routes: ReadonlyMap<string, Route>; segments: ReadonlyMap<string, Segment>; offerings: ReadonlyMap<string, Offering> },
  t: Translate,
): GridQueries {
  const placementsIn = (segmentId: string, offeringId: string) => analysis.cells.get(cellKey(segmentId, offeringId))?.placements ?? [];
  return {
    nameOfCell: (segmentId, offeringId) => cellLabel(t, maps.segments.get(segmentId)?.name ?? '', maps.offerings.get(offeringId)?.name ?? ''),
    nameOfRoute: (routeId) => {
      const r = maps.routes.get(routeId);
      return r ? routeLabel(t, r) : '';
    },
    placementsIn,
    refusedAt: (routeId, segmentId, offeringId, movingId) =>
      placementsIn(segmentId, offeringId).some((p) => p.routeId === routeId && p.id !== movingId),
    posOf: (segmentId, offeringId) => ({
      r: analysis.rows.findIndex((s) => s.id === segmentId) + 1,
      c: analysis.columns.findIndex((o) => o.id === offeringId) + 1,
    }),
    findPlacement: (id) => {
      for (const c of analysis.cells.values()) {
        const p = c.placements.find((x) => x.id === id);
        if (p) return p;
      }
      return undefined;
    },
  };
}
