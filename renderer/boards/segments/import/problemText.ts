import type { TFunction } from 'i18next';
import { FIELD_SPECS, type RowProblem } from '../../../../shared/import';
import { clip } from './format';

/**
 * A report line in plain words, in the UI language, naming the field's own meaning: "“-5” is
 * negative; Employees cannot be below 0" (a headcount is not an amount of money).
 */
export function problemText(t: TFunction<'import'>, p: RowProblem, formatNumber: (n: number) => string): string {
  const field = t(`fields.${p.field}`);
  const unit = t(FIELD_SPECS[p.field].kind === 'count' ? 'stored.count' : 'stored.money');
  const params: Record<string, string> = { value: clip(p.value, 30), field, unit };
  for (const [k, v] of Object.entries(p.params ?? {})) params[k] = typeof v === 'number' && k !== 'first' ? formatNumber(v) : String(v);
  const text = t(`problems.${p.code}`, params);
  return p.blanked ? `${text} — ${t('problems.blanked', { field })}` : text;
}
