import { currencySymbol, type CellFormat } from '../../../../shared/export/book';
import type { Account } from '../../../../shared/records';
import type { ExportInput } from '../../../../shared/export/input';

/**
 * The columns an account is exported with, in one list for the workbook's accounts sheet and the
 * accounts CSV, so the two never disagree on a header or a unit.
 */
export type AccountField = 'name' | 'industry' | 'region' | 'city' | 'revenue' | 'employees' | 'spend' | 'potential' | 'status' | 'notes';

export interface AccountColumn {
  key: AccountField;
  header: string;
  format: CellFormat;
  value(account: Account): string | number | null;
  maxWidth?: number;
}

/** The workshop's translator bound to the segments namespace. */
export const segmentsText = (input: ExportInput) => (key: string, values?: Record<string, unknown>) => input.t(`segments:${key}`, values);

export function accountColumns(input: ExportInput): AccountColumn[] {
  const t = segmentsText(input);
  const symbol = currencySymbol(input);
  const h = (key: string) => t(`export.columns.${key}`, { symbol });
  return [
    { key: 'name', header: h('name'), format: 'text', value: (a) => a.name, maxWidth: 40 },
    { key: 'industry', header: h('industry'), format: 'text', value: (a) => a.industry },
    { key: 'region', header: h('region'), format: 'text', value: (a) => a.region },
    { key: 'city', header: h('city'), format: 'text', value: (a) => a.city },
    { key: 'revenue', header: h('revenue'), format: 'money', value: (a) => a.revenue },
    { key: 'employees', header: h('employees'), format: 'int', value: (a) => a.employees },
    { key: 'spend', header: h('spend'), format: 'money', value: (a) => a.spend },
    { key: 'potential', header: h('potential'), format: 'money', value: (a) => a.potential },
    { key: 'status', header: h('status'), format: 'text', value: (a) => a.status },
    { key: 'notes', header: h('notes'), format: 'text', value: (a) => a.notes, maxWidth: 50 },
  ];
}
