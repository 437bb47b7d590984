import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en/import.json';
import zh from '../../../renderer/i18n/locales/zh-CN/import.json';
import { IMPORT_FIELDS, MONEY_UNITS, COUNT_UNITS, unitKey, type ProblemCode } from '../../../shared/import';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const PROBLEMS: ProblemCode[] = ['not_a_number', 'negative', 'range', 'formula_error', 'percent', 'name_missing', 'too_long', 'too_large', 'total_row', 'duplicate_in_file', 'already_on_board', 'rounded', 'short_row'];
const READ_REASONS = ['empty', 'malformed', 'xls', 'protected', 'not_xlsx', 'html', 'binary', 'unsupported_type', 'too_many_rows', 'too_many_columns'];

describe('the import namespace', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const file of [en, zh]) for (const k of keys(file)) expect(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], file)).not.toBe('');
  });

  it('words every field, unit, problem and refusal reason', () => {
    const all = new Set(keys(en));
    for (const f of IMPORT_FIELDS) expect(all).toContain(`fields.${f}`);
    for (const u of [...MONEY_UNITS, ...COUNT_UNITS]) expect(all).toContain(`units.${unitKey(u)}`);
    for (const p of PROBLEMS) expect(all).toContain(`problems.${p}`);
    for (const r of READ_REASONS) expect(all).toContain(`readError.${r}`);
  });
});
