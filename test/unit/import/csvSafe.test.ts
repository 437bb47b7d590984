import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseFormula } from '../../../shared/import';

describe('neutralising formulas for CSV exports', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil","点击")')).toBe('\'=HYPERLINK("http://evil","点击")');
    expect(neutraliseFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutraliseFormula('+1-2')).toBe("'+1-2");
    expect(neutraliseFormula('-cmd')).toBe("'-cmd");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('＝1+1')).toBe("'＝1+1");
  });

  it('leaves ordinary text alone', () => {
    for (const s of ['深圳华信有限公司', 'Acme = best', '', '<script>', 'a@b.com']) expect(neutraliseFormula(s)).toBe(s);
  });

  it('never returns formula-like text, and only ever adds one quote', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutraliseFormula(s);
        expect(isFormulaLike(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });
});
