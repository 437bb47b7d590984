import type { CellAnalysis, RoutesAnalysis } from '../../../../shared/calc/routes';
import type { ExportInput } from '../../../../shared/export/input';
import type { Offering, Route, Segment } from '../../../../shared/records';
import { cellLabel, handoffText, routeLabel } from '../labels';

export type T = (key: string, values?: Record<string, unknown>) => string;

export interface RoutesText {
  t: T;
  routes: Map<string, Route>;
  /** "4 面对面销售", with a ▲ when another route has the same number (as the board's ⚠). */
  chipLabel(route: Route): string;
  /** "超大型客户 · 技术平台和相关服务". */
  cellName(cell: Pick<CellAnalysis, 'segmentId' | 'offeringId'>): string;
  /** What a cell's status says in words: "▲ Gap: no route serves it", "■ Conflict: …", "Rule: …". */
  badge(cell: CellAnalysis): string;
  /** "8 gaps · 1 conflict · 7 routes · target 7". */
  findingsLine(analysis: RoutesAnalysis): string;
  /** How to read the grid's marks, and the tiers hidden from it. */
  gridLegend(analysis: RoutesAnalysis): string;
  list(items: string[]): string;
}

/** The routes board's words in the workshop's language, for its slides. */
export function routesText(input: ExportInput, analysis: RoutesAnalysis): RoutesText {
  const t: T = (key, values) => input.t(`routes:${key}`, values);
  const routes = new Map(input.records.route.map((r) => [r.id, r]));
  const segments = new Map<string, Segment>(input.records.segment.map((s) => [s.id, s]));
  const offerings = new Map<string, Offering>(input.records.offering.map((o) => [o.id, o]));
  const list = (items: string[]) => items.join(t('listSeparator'));
  return {
    t,
    routes,
    chipLabel: (route) => `${analysis.duplicateRouteIds.has(route.id) ? '▲ ' : ''}${routeLabel(input.t, route)}`,
    cellName: (cell) => cellLabel(input.t, segments.get(cell.segmentId)?.name ?? '', offerings.get(cell.offeringId)?.name ?? ''),
    badge: (cell) => {
      if (cell.status === 'gap') return `▲ ${t('badge.gap')}${t('export.colon')}${t('findings.noRoute')}`;
      if (cell.status === 'conflict') return `■ ${t('badge.conflict')}${t('export.colon')}${t('findings.needsRule')}`;
      if (cell.status === 'resolved') return `${t('badge.rule')} ${cell.rule}`;
      if (cell.handoff) return t('handoff.label', { text: handoffText(input.t, cell, routes) });
      return '';
    },
    findingsLine: (a) =>
      [
        t('findings.gaps', { count: a.gaps.length }),
        t('findings.conflicts', { count: a.conflicts.length }),
        a.overBy > 0 ? t('target.over', { count: a.routeCount, target: a.target, over: a.overBy }) : t('target.within', { count: a.routeCount, target: a.target }),
      ].join(' · '),
    gridLegend: (a) =>
      [
        t('export.legend'),
        ...(a.duplicates.length ? [t('export.legendDuplicate')] : []),
        ...(a.hiddenRows.length ? [`${t('hiddenRows')} ${list(a.hiddenRows.map((s) => s.name))}`] : []),
      ].join('   '),
    list,
  };
}
