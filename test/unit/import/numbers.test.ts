import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../../shared/import';

const value = (raw: string) => {
  const c = parseNumberCell(raw);
  return c.kind === 'number' ? c.value : c.kind;
};

describe('reading a number cell', () => {
  it('reads thousands separators, full-width digits and commas, spaces and apostrophes', () => {
    expect(value('1,234,567.5')).toBe(1234567.5);
    expect(value('１２３４')).toBe(1234);
    expect(value('１，２３４．５')).toBe(1234.5);
    expect(value('1 234 567')).toBe(1234567);
    expect(value("1'234")).toBe(1234);
    expect(value('  42  ')).toBe(42);
    expect(value('+7')).toBe(7);
  });

  it('reads European grouping and a decimal comma as a German Excel writes them', () => {
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('12,5')).toBe(12.5);
    // "1.234" alone is a decimal number, as Chinese and English lists mean it.
    expect(value('1.234')).toBe(1.234);
  });

  it("reads Excel's scientific notation for big numbers", () => {
    expect(value('1.23457E+11')).toBe(123457000000);
  });

  it('treats blanks and the usual placeholders as no value', () => {
    for (const blank of ['', '   ', '-', '—', '/', 'N/A', '无', '暂无', '未知']) expect(parseNumberCell(blank)).toEqual({ kind: 'blank' });
  });

  it('keeps the unit and currency a cell carries', () => {
    expect(parseNumberCell('3,500万')).toEqual({ kind: 'number', value: 3500, currency: null, exp: 4 });
    expect(parseNumberCell('1.2亿元')).toEqual({ kind: 'number', value: 1.2, currency: 'CNY', exp: 8 });
    expect(parseNumberCell('¥1,200')).toEqual({ kind: 'number', value: 1200, currency: 'CNY', exp: null });
    expect(parseNumberCell('￥８００')).toEqual({ kind: 'number', value: 800, currency: 'CNY', exp: null });
    expect(parseNumberCell('$5M')).toEqual({ kind: 'number', value: 5, currency: 'USD', exp: 6 });
    expect(parseNumberCell('US$ 2.5 bn')).toEqual({ kind: 'number', value: 2.5, currency: 'USD', exp: 9 });
    expect(parseNumberCell('500人')).toEqual({ kind: 'number', value: 500, currency: null, exp: null });
  });

  it('names the problem with a cell that is not one number', () => {
    expect(parseNumberCell('abc')).toEqual({ kind: 'problem', code: 'not_a_number' });
    expect(parseNumberCell('12x')).toEqual({ kind: 'problem', code: 'not_a_number' });
    expect(parseNumberCell('-5')).toEqual({ kind: 'problem', code: 'negative' });
    expect(parseNumberCell('(1,200)')).toEqual({ kind: 'problem', code: 'negative' });
    expect(parseNumberCell('100-499')).toEqual({ kind: 'problem', code: 'range' });
    expect(parseNumberCell('100～499人')).toEqual({ kind: 'problem', code: 'range' });
    expect(parseNumberCell('1000人以上')).toEqual({ kind: 'problem', code: 'range' });
    expect(parseNumberCell('5000+')).toEqual({ kind: 'problem', code: 'range' });
    expect(parseNumberCell('#DIV/0!')).toEqual({ kind: 'problem', code: 'formula_error' });
    expect(parseNumberCell('#N/A')).toEqual({ kind: 'problem', code: 'formula_error' });
    expect(parseNumberCell('35%')).toEqual({ kind: 'problem', code: 'percent' });
    expect(parseNumberCell('=SUM(A1:A3)')).toEqual({ kind: 'problem', code: 'not_a_number' });
  });

  it('reads back any amount written with grouping, in half- or full-width digits', () => {
    const fullWidth = (s: string) => s.replace(/[0-9,.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (n, decimals, wide) => {
        const amount = n / 10 ** decimals;
        const text = amount.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        expect(value(wide ? fullWidth(text) : text)).toBeCloseTo(amount, 6);
      }),
    );
  });
});
