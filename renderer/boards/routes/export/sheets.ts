import { cellKey } from '../../../../shared/calc/routes';
import { addGrid, FILLS, type BookContext, type GridColumn } from '../../../../shared/export/book';
import { ROUTE_QUESTION_COUNT, type Route } from '../../../../shared/records';
import { handoffText } from '../labels';
import { routesFigures } from './figures';
import { routeFindings, type FindingTone } from './findings';
import { answeredCount, answerText, questionHeaders, routeLabel, routesText, statusText, stepHeaders, stepOwners, summaryText } from './text';

/** The routes board's sheets: the grid as the room drew it, and every route's card. */
export async function routesSheets(book: BookContext): Promise<void> {
  gridSheet(book);
  routesSheet(book);
  findingsSheet(book);
  await book.job.step();
}

function gridSheet(book: BookContext): void {
  const { input } = book;
  const t = routesText(input);
  const a = routesFigures(input);
  const routes = new Map(input.records.route.map((r) => [r.id, r]));
  const columns: GridColumn<string>[] = [
    { key: 'tier', header: t('corner'), format: 'text', maxWidth: 30 },
    ...a.columns.map((o) => ({ key: o.id, header: o.name, format: 'text' as const, maxWidth: 36 })),
  ];
  const grid = addGrid(book, t('export.sheets.grid'), columns);
  a.rows.forEach((segment, i) => {
    const row = i + 2;
    grid.put(row, 'tier', segment.name, { style: 'header' });
    for (const offering of a.columns) {
      const cell = a.cells.get(cellKey(segment.id, offering.id))!;
      const lines = cell.placements.map((p) => routeLabel(input, routes.get(p.routeId)!));
      if (cell.status === 'gap' || cell.status === 'conflict') lines.push(`[${statusText(input, cell)}]`);
      if (cell.rule) lines.push(t('status.rule', { rule: cell.rule }));
      if (cell.handoff && cell.status !== 'conflict') lines.push(t('handoff.label', { text: handoffText(input.t, cell, routes) }));
      const fill = cell.status === 'served' ? undefined : FILLS[cell.status];
      grid.put(row, offering.id, lines.join('\n'), { wrap: true, ...(fill ? { extra: { fill } } : {}) });
    }
  });
  const row = a.rows.length + 3;
  grid.put(row, 'tier', summaryText(input, a), { style: 'note' });
  if (a.hiddenRows.length) grid.put(row + 1, 'tier', t('export.hiddenTiers', { names: a.hiddenRows.map((s) => s.name).join(t('listSeparator')) }), { style: 'note' });
  grid.finish({ frozenRows: 1, frozenColumns: 1 });
}

type RouteKey = 'number' | 'route' | 'family' | 'partnerType' | `step${number}` | 'cellsServed' | 'answered' | `q${number}` | 'capacityNotes';

function routesSheet(book: BookContext): void {
  const { input } = book;
  const t = routesText(input);
  const a = routesFigures(input);
  const h = (key: string) => t(`export.columns.${key}`);
  const steps = stepHeaders(input);
  const questions = questionHeaders(input);
  const columns: GridColumn<RouteKey>[] = [
    { key: 'number', header: h('number'), format: 'int' },
    { key: 'route', header: h('route'), format: 'text', maxWidth: 30 },
    { key: 'family', header: h('family'), format: 'text' },
    { key: 'partnerType', header: h('partnerType'), format: 'text', maxWidth: 24 },
    ...steps.map((header, i) => ({ key: `step${i}` as const, header, format: 'text' as const })),
    { key: 'cellsServed', header: h('cellsServed'), format: 'int' },
    { key: 'answered', header: h('answered'), format: 'text' },
    ...questions.map((header, i) => ({ key: `q${i}` as const, header, format: 'text' as const, maxWidth: 40 })),
    { key: 'capacityNotes', header: h('capacityNotes'), format: 'text', maxWidth: 40 },
  ];
  const grid = addGrid(book, t('export.sheets.routes'), columns);
  const routes: Route[] = [...input.records.route];
  routes.forEach((route, i) => {
    const row = i + 2;
    grid.put(row, 'number', route.number, a.duplicateRouteIds.has(route.id) ? { style: 'warning' } : {});
    grid.put(row, 'route', route.name);
    grid.put(row, 'family', t(`family.${route.family}`));
    grid.put(row, 'partnerType', route.partnerType);
    stepOwners(input, route).forEach((owner, s) => grid.put(row, `step${s}`, owner));
    grid.put(row, 'cellsServed', a.cellsServed.get(route.id) ?? 0);
    grid.put(row, 'answered', `${answeredCount(route)}/${ROUTE_QUESTION_COUNT}`);
    for (let q = 0; q < ROUTE_QUESTION_COUNT; q++) grid.put(row, `q${q}`, answerText(input, route, q), { wrap: true });
    grid.put(row, 'capacityNotes', route.capacityNotes);
  });
  grid.finish({ frozenRows: 1, frozenColumns: 2, filter: { header: 1, last: routes.length + 1 } });
}

/** The findings as the deck's findings table lists them (routeFindings), one row each, to act on. */
function findingsSheet(book: BookContext): void {
  const { input } = book;
  const t = routesText(input);
  const columns: GridColumn<'kind' | 'where' | 'what'>[] = [
    { key: 'kind', header: t('export.kind'), format: 'text', maxWidth: 24 },
    { key: 'where', header: t('export.where'), format: 'text', maxWidth: 50 },
    { key: 'what', header: t('export.what'), format: 'text', maxWidth: 70 },
  ];
  const grid = addGrid(book, t('export.sheets.findings'), columns);
  const findings = routeFindings(input, routesFigures(input));
  const style: Record<FindingTone, 'warning' | 'note' | undefined> = { warn: 'warning', error: 'warning', ok: undefined, note: 'note' };
  findings.forEach((f, i) => {
    const row = i + 2;
    const s = style[f.tone];
    grid.put(row, 'kind', f.kind, s ? { style: s } : {});
    grid.put(row, 'where', f.where);
    grid.put(row, 'what', f.what, { wrap: true });
  });
  if (findings.length === 0) grid.put(2, 'kind', t('findings.allClear'), { style: 'note' });
  grid.finish({ frozenRows: 1, filter: { header: 1, last: Math.max(findings.length + 1, 2) } });
}
