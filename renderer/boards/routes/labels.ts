import type { CellAnalysis } from '../../../shared/calc/routes';
import type { Route } from '../../../shared/records';

/** Any i18next t function (the board's or the default namespace's). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "4 面对面销售": how a route is named in announcements, menus and messages (number, then name). */
export function routeLabel(t: Translate, route: Pick<Route, 'number' | 'name'>): string {
  return t('routes:routeLabel', { number: route.number, name: route.name });
}

/** "超大型客户 · 技术平台和相关服务": how a cell is named (row, then column). */
export function cellLabel(t: Translate, segment: string, offering: string): string {
  return t('routes:cellLabel', { segment, offering });
}

/** Steps the routes of a cell both claim: "关系管理、商机发现". */
export function clashText(t: Translate, cell: Pick<CellAnalysis, 'clashes'>): string {
  return cell.clashes.map((c) => t(`routes:step.${c.step}`)).join(t('routes:listSeparator'));
}

/**
 * A hand-off in words, route by route in the order of the sales cycle: "④ 关系管理、商机发现、商机责任执行 → ⑤ 技术支持".
 * Steps nobody carries are left out (the route card says who should).
 */
export function handoffText(t: Translate, cell: Pick<CellAnalysis, 'handoff'>, routes: ReadonlyMap<string, Pick<Route, 'number' | 'name'>>): string {
  if (!cell.handoff) return '';
  const byRoute = new Map<string, string[]>();
  for (const h of cell.handoff) for (const id of h.routeIds) byRoute.set(id, [...(byRoute.get(id) ?? []), t(`routes:step.${h.step}`)]);
  return [...byRoute]
    .map(([id, steps]) => t('routes:handoff.part', { route: routes.get(id)?.number ?? '?', steps: steps.join(t('routes:listSeparator')) }))
    .join(' → ');
}
