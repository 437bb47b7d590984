import { describe, expect, it } from 'vitest';
import { commandSchema } from '../../../shared/commands';
import { accountImportRules } from '../../../shared/commands/segments';
import { generateAccounts } from '../../bench/generate';
import { toAccountValues } from '../../bench/harness/sortRule';

/**
 * account.import runs its schema compiled by zod (z.compile) for speed at 50,000 rows. The room
 * must not notice: the compiled check accepts, returns and refuses exactly what the schema as
 * written does, with the same issues (so the same message names the same row and field).
 */
const compiled = commandSchema('account.import')!;
const good = generateAccounts(2_000, 3).map((row, i) => {
  const values = toAccountValues(row);
  // Short rows and values the schema trims: both must come out as the schema returns them.
  if (i % 7 === 0) return { name: values.name };
  if (i % 11 === 0) return { ...values, name: `  ${values.name} `, industry: ` ${values.industry}  ` };
  return values;
});
const sample = good[1]!;

function same(command: unknown): void {
  const want = accountImportRules.safeParse(command);
  const got = compiled.safeParse(command);
  expect(got.success).toBe(want.success);
  if (want.success) expect(got.data).toEqual(want.data);
  else expect(got.error!.issues).toEqual(want.error!.issues);
}

describe('the import command’s compiled check', () => {
  it('is the compiled schema, not the one as written', () => {
    expect(compiled).not.toBe(accountImportRules);
  });

  it('returns 2,000 good rows (short ones, ones to trim) exactly as the schema does', () => {
    const command = { type: 'account.import', accounts: good };
    const result = compiled.safeParse(command);
    expect(result.success).toBe(true);
    same(command);
  });

  it.each([
    ['a blank name', { ...sample, name: '   ' }],
    ['a negative revenue', { ...sample, revenue: -1 }],
    ['a fraction of an employee', { ...sample, employees: 1.5 }],
    ['an industry of 101 characters', { ...sample, industry: '行'.repeat(101) }],
    ['notes that are a number', { ...sample, notes: 5 }],
    ['an unknown field', { ...sample, extra: 1 }],
    ['an infinite spend', { ...sample, spend: Infinity }],
    ['a potential that is not a number', { ...sample, potential: Number.NaN }],
    ['null', null],
    ['a string', '深圳华信电子'],
  ])('refuses a row with %s in the same words', (_what, bad) => {
    same({ type: 'account.import', accounts: [sample, bad] });
  });

  it.each([
    ['no rows', { type: 'account.import', accounts: [] }],
    ['no accounts field', { type: 'account.import' }],
    ['accounts that are text', { type: 'account.import', accounts: 'x' }],
  ])('refuses a command with %s in the same words', (_what, command) => {
    same(command);
  });
});
