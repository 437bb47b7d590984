import type { TFunction } from 'i18next';
import type { RowProblem } from '../../../../shared/import';
import { clip } from './format';

/** A report line in plain words, in the UI language: "“abc” is not a number". */
export function problemText(t: TFunction<'import'>, p: RowProblem, formatNumber: (n: number) => string): string {
  const params: Record<string, string> = { value: clip(p.value, 30) };
  for (const [k, v] of Object.entries(p.params ?? {})) params[k] = typeof v === 'number' && k !== 'first' ? formatNumber(v) : String(v);
  return t(`problems.${p.code}`, params);
}
