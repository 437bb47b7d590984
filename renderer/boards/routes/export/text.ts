import { isAnswered, type CellAnalysis, type RoutesAnalysis } from '../../../../shared/calc/routes';
import type { ExportInput } from '../../../../shared/export/input';
import { SALES_STEPS, type Route } from '../../../../shared/records';

/**
 * How the routes board's findings and a route's answers read in the files, in one place for the
 * workbook's sheets and the routes CSV.
 */
export const routesText = (input: ExportInput) => (key: string, values?: Record<string, unknown>) => input.t(`routes:${key}`, values);

export function routeLabel(input: ExportInput, route: Route): string {
  return routesText(input)('routeLabel', { number: route.number, name: route.name });
}

export function statusText(input: ExportInput, cell: CellAnalysis): string {
  return routesText(input)(`export.status.${cell.status}`);
}

/** A question's answer as written, or "(done)" for a question settled aloud and ticked. */
export function answerText(input: ExportInput, route: Route, index: number): string {
  const q = route.questions[index]!;
  if (q.answer.trim() !== '') return q.answer;
  return q.done ? routesText(input)('export.done') : '';
}

/** Who does each step of the sales cycle on this route, in the grid's step order. */
export function stepOwners(input: ExportInput, route: Route): string[] {
  const t = routesText(input);
  return SALES_STEPS.map((s) => t(`owner.${route.steps[s] ?? 'none'}`));
}

export const stepHeaders = (input: ExportInput) => SALES_STEPS.map((s) => routesText(input)(`step.${s}`));
export const questionHeaders = (input: ExportInput, route?: Route) =>
  Array.from({ length: route?.questions.length ?? 6 }, (_, i) => routesText(input)(`questions.q${i + 1}`));

/** Questions answered in writing: a ticked box without an answer is not one (issue 11, item 10). */
export function answeredCount(route: Route): number {
  return route.questions.filter(isAnswered).length;
}

/** The grid's one-line findings: routes against the target, gaps, open conflicts. */
export function summaryText(input: ExportInput, a: RoutesAnalysis): string {
  return routesText(input)('export.summary', { routes: a.routeCount, target: a.target, gaps: a.gaps.length, conflicts: a.conflicts.length });
}
