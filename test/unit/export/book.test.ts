import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetter, columnRange, displayWidth, onSheet, percentCode, safeSheetName, sumOf, textLiteral } from '../../../shared/export/book';
import { bookFormats } from '../../../shared/export/book';
import { inputOf } from '../../helpers/exportInput';
import { loadTemplates } from '../../../electron/service/templates';

describe('cell addresses', () => {
  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(() => columnLetter(0)).toThrow();
    expect(cellAddress(3, 5)).toBe('C5');
    expect(cellAddress(3, 5, true)).toBe('$C$5');
    expect(columnRange(2, 2, 1)).toBe('$B$2:$B$2');
    expect(onSheet("Bob's 客户", '$A$1')).toBe("'Bob''s 客户'!$A$1");
  });
});

describe('sheet names', () => {
  it('follows Excel’s rules: ≤ 31 characters, no : \\ / ? * [ ], no quote at the ends, unique', () => {
    expect(safeSheetName('方案 A/B: 第一轮?', [])).toBe('方案 A B 第一轮');
    expect(safeSheetName("'引号'", [])).toBe('引号');
    expect(safeSheetName('客户', ['客户'])).toBe('客户 (2)');
    expect(safeSheetName('Accounts', ['accounts', 'Accounts (2)'])).toBe('Accounts (3)');
    expect(safeSheetName('history', [])).toBe('history (2)');
    expect(safeSheetName('***', [])).toBe('Sheet');
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }), (wanted, taken) => {
        const name = safeSheetName(wanted, taken);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(/[:\\/?*[\]]/.test(name)).toBe(false);
        expect(name.startsWith("'") || name.endsWith("'")).toBe(false);
        expect(taken.map((x) => x.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });
});

describe('column widths', () => {
  it('counts Chinese and full-width characters as two', () => {
    expect(displayWidth('Acme')).toBe(4);
    expect(displayWidth('深圳华信')).toBe(8);
    expect(displayWidth('IT方案（集成）')).toBe(14);
    expect(displayWidth('一行\n第二行更长')).toBe(10);
  });
});

describe('formula pieces', () => {
  it('sums any number of scattered cells within Excel’s 255 arguments', () => {
    expect(sumOf([])).toBe('0');
    expect(sumOf(['A1', 'B2'])).toBe('SUM(A1,B2)');
    const many = sumOf(Array.from({ length: 450 }, (_, i) => `A${i + 1}`));
    for (const args of many.match(/SUM\(([^()]*)\)/g)!) expect(args.split(',').length).toBeLessThanOrEqual(255);
    expect(many.startsWith('SUM(SUM(A1,')).toBe(true);
    expect(textLiteral('say "hi"')).toBe('"say ""hi"""');
  });

  it('shows percents with the decimals they need', () => {
    expect([0.3, 1, 0.125, 1 / 3, 0.0005].map(percentCode)).toEqual(['0%', '0%', '0.0%', '0.00%', '0.00%']);
  });

  it('shows money in the workshop’s currency, in millions, as the boards do', () => {
    const template = loadTemplates().find((t) => t.language === 'en' && t.id.startsWith('sales'))!;
    const usd = template.records.map((r) => (r.type === 'settings' ? { ...r, currency: 'USD' as const } : r));
    const f = bookFormats(inputOf(usd, 'en'));
    expect(f.codes.money).toBe('"$ "#,##0.0" M"');
    expect(f.money(1234.5)).toBe('$ 1,234.5 M');
  });
});
