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
