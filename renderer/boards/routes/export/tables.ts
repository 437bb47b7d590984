import type { BoardExport } from '../../../../shared/export/board';
import type { CsvTableData } from '../../../../shared/export/book';
import type { ExportInput } from '../../../../shared/export/input';
import { ROUTE_QUESTION_COUNT, type Route } from '../../../../shared/records';
import { routesFigures } from './figures';
import { answerText, questionHeaders, routesText, statusText, stepHeaders, stepOwners } from './text';

/**
 * The routes grid as rows: each visible cell with each route that serves it (a gap is a cell row
 * without a route), then the routes placed nowhere; every row carries the route's card (its
 * channel, who does each step, its six answers), so one table holds grid and details.
 */
function routesTable(input: ExportInput): CsvTableData {
  const t = routesText(input);
  const a = routesFigures(input);
  const h = (key: string) => t(`export.columns.${key}`);
  const routes = new Map(input.records.route.map((r) => [r.id, r]));
  const segments = new Map(a.rows.map((s) => [s.id, s.name]));
  const offerings = new Map(a.columns.map((o) => [o.id, o.name]));
  const details = (r: Route | null) =>
    r
      ? [r.number, r.name, t(`family.${r.family}`), r.partnerType, ...stepOwners(input, r), ...Array.from({ length: ROUTE_QUESTION_COUNT }, (_, q) => answerText(input, r, q)), r.capacityNotes]
      : Array.from({ length: 4 + 4 + ROUTE_QUESTION_COUNT + 1 }, () => null);
  const rows: CsvTableData['rows'] = [];
  for (const cell of a.cells.values()) {
    const where = [segments.get(cell.segmentId)!, offerings.get(cell.offeringId)!, statusText(input, cell), cell.rule];
    if (cell.placements.length === 0) rows.push([...where, ...details(null)]);
    for (const p of cell.placements) rows.push([...where, ...details(routes.get(p.routeId)!)]);
  }
  for (const r of input.records.route) if ((a.cellsServed.get(r.id) ?? 0) === 0) rows.push([null, null, null, null, ...details(r)]);
  return {
    headers: [h('tier'), h('offering'), h('status'), h('rule'), h('number'), h('route'), h('family'), h('partnerType'), ...stepHeaders(input), ...questionHeaders(input), h('capacityNotes')],
    rows,
  };
}

export const routesTables: BoardExport['tables'] = { routes: routesTable };
