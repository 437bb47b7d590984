import type { RoutesAnalysis } from '../../../../shared/calc/routes';
import type { ExportInput } from '../../../../shared/export/input';
import type { Route } from '../../../../shared/records';
import { cellLabel, handoffText, routeLabel } from '../labels';

/** warn: needs the room's decision (amber); error: an open conflict (red); ok: settled; note: read it. */
export type FindingTone = 'warn' | 'error' | 'ok' | 'note';

/** One finding of the routes board, as the findings panel and the cells' badges say it. */
export interface RouteFinding {
  tone: FindingTone;
  /** "▲ Gap", "Rule", "Hand-off". */
  kind: string;
  /** The cell or the route it is about. */
  where: string;
  what: string;
}

/**
 * Every finding of the routes board in the board's order — gaps, open conflicts, rules, hand-offs,
 * routes whose family contradicts their split, routes over their coverage's capacity, open
 * questions, duplicate numbers, the target — as rows for the deck's findings table and the
 * workbook's findings sheet (one list, so the two files say the same).
 */
export function routeFindings(input: ExportInput, a: RoutesAnalysis): RouteFinding[] {
  const t = (key: string, values?: Record<string, unknown>) => input.t(`routes:${key}`, values);
  const routes = new Map(input.records.route.map((r) => [r.id, r]));
  const segments = new Map(input.records.segment.map((s) => [s.id, s.name]));
  const offerings = new Map(input.records.offering.map((o) => [o.id, o.name]));
  const nf = new Intl.NumberFormat(input.language, { maximumFractionDigits: 0 });
  const list = (items: string[]) => items.join(t('listSeparator'));
  const chip = (r: Route) => `${a.duplicateRouteIds.has(r.id) ? '▲ ' : ''}${routeLabel(input.t, r)}`;
  const cellName = (c: { segmentId: string; offeringId: string }) => cellLabel(input.t, segments.get(c.segmentId) ?? '', offerings.get(c.offeringId) ?? '');
  const handoffs = [...a.cells.values()].filter((c) => c.handoff !== null && c.status !== 'conflict');
  return [
    ...a.gaps.map((g): RouteFinding => ({ tone: 'warn', kind: `▲ ${t('badge.gap')}`, where: cellName(g), what: t('findings.noRoute') })),
    ...a.conflicts.map(
      (k): RouteFinding => ({
        tone: 'error',
        kind: `■ ${t('badge.conflict')}`,
        where: cellName(k),
        what: `${list(k.placements.flatMap((p) => (routes.has(p.routeId) ? [chip(routes.get(p.routeId)!)] : [])))} · ${t('findings.needsRule')}`,
      }),
    ),
    ...a.resolved.map((r): RouteFinding => ({ tone: 'ok', kind: t('export.ruleKind'), where: cellName(r), what: r.rule })),
    ...handoffs.map((c): RouteFinding => ({ tone: 'note', kind: t('export.handoffKind'), where: cellName(c), what: t('handoff.label', { text: handoffText(input.t, c, routes) }) })),
    ...a.inconsistent.map(
      (r): RouteFinding => ({ tone: 'warn', kind: `▲ ${t('export.inconsistentKind')}`, where: chip(r), what: t(r.family === 'partner' ? 'findings.inconsistentPartner' : 'findings.inconsistentDirect') }),
    ),
    ...a.capacity
      .filter((c) => c.over)
      .map(
        (c): RouteFinding => ({
          tone: 'warn',
          kind: `▲ ${t('export.overCapacityKind')}`,
          where: chip(c.route),
          what: t('findings.overCapacityItem', { accounts: nf.format(c.accounts), capacity: nf.format(c.capacity), people: input.t('coverage:units.people', { count: c.people, value: nf.format(c.people) }) }),
        }),
      ),
    ...a.incomplete.map(
      (i): RouteFinding => ({
        tone: 'note',
        kind: t('export.questions'),
        where: chip(i.route),
        what: `${t('findings.unanswered', { count: i.unanswered.length })}: ${i.unanswered.map((q) => `Q${q + 1}`).join(', ')}`,
      }),
    ),
    ...a.duplicates.map((d): RouteFinding => ({ tone: 'warn', kind: `▲ ${t('findings.duplicateItem', { number: d.number })}`, where: list(d.routes.map((r) => r.name)), what: t('findings.duplicateFix') })),
    ...(a.overBy > 0 ? [{ tone: 'warn' as const, kind: t('export.target'), where: '', what: t('target.over', { count: a.routeCount, target: a.target, over: a.overBy }) }] : []),
  ];
}
