import type { ExportInput } from '../../../shared/export/input';
import type { Currency } from '../../../shared/records';

/**
 * The most value columns a report table takes side by side on A4 landscape with readable text.
 * A wider matrix (a workshop with ten coverage motions) is printed as several tables, each
 * repeating the row names, instead of being squeezed or cut at the page edge.
 */
export const MAX_VALUE_COLUMNS = 6;

/** `list` in consecutive runs of at most `size` (at least one run, even for an empty list). */
export function inRuns<T>(list: readonly T[], size = MAX_VALUE_COLUMNS): T[][] {
  if (list.length === 0) return [[]];
  const runs: T[][] = [];
  for (let i = 0; i < list.length; i += size) runs.push(list.slice(i, i + size));
  return runs;
}

/** A translator for one namespace, in the workshop's language (what the formatters expect). */
export function inNamespace(input: ExportInput, ns: string): (key: string, values?: Record<string, unknown>) => string {
  return (key, values) => input.t(`${ns}:${key}`, values);
}

export function currencyOf(input: ExportInput): Currency {
  return input.settings?.currency ?? 'CNY';
}
