import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardTotals, columnFigures, sharePercent } from '../../../shared/calc/segments';
import { account } from './fixtures';

describe('segment figures', () => {
  it('counts accounts and sums and averages the known revenues', () => {
    const f = columnFigures([
      account({ id: 'a', revenue: 1200 }),
      account({ id: 'b', revenue: 300 }),
      account({ id: 'c', revenue: null }),
    ]);
    expect(f).toEqual({ count: 3, revenue: 1500, withRevenue: 2, average: 750 });
  });

  it('has no average for an empty column or one without any revenue', () => {
    expect(columnFigures([]).average).toBeNull();
    expect(columnFigures([account({ id: 'a' })])).toMatchObject({ count: 1, revenue: 0, average: null });
  });

  it('gives shares of the board total, and none when there is no revenue at all', () => {
    expect(sharePercent(380, 1000)).toBeCloseTo(38);
    expect(sharePercent(0, 0)).toBeNull();
  });

  it('totals columns so that the shares of all columns add up to 100 %', () => {
    // Revenues as people type them: ¥ M with up to two decimals.
    const revenue = fc.option(fc.integer({ min: 0, max: 1e8 }).map((cents) => cents / 100), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.array(revenue, { maxLength: 30 }), { minLength: 1, maxLength: 8 }), (cols) => {
        const figures = cols.map((c, i) => columnFigures(c.map((r, j) => account({ id: `${i}-${j}`, revenue: r }))));
        const total = boardTotals(figures);
        expect(total.count).toBe(cols.flat().length);
        const shares = figures.map((f) => sharePercent(f.revenue, total.revenue));
        if (total.revenue > 0) expect(shares.reduce<number>((sum, x) => sum + (x ?? 0), 0)).toBeCloseTo(100, 6);
        else expect(shares.every((s) => s === null)).toBe(true);
      }),
    );
  });
});

describe('board total', () => {
  it('does not change when the same accounts are grouped differently (a move), despite floating point', () => {
    const revenues = [0.05, 920.76, 289.24, 210.55, 729.37, 532.71, 329.31, 752.05];
    const asColumns = (split: number) => [
      columnFigures(revenues.slice(0, split).map((r, i) => account({ id: `a${i}`, revenue: r }))),
      columnFigures(revenues.slice(split).map((r, i) => account({ id: `b${i}`, revenue: r }))),
    ];
    const totals = [1, 2, 3, 4, 5, 6, 7].map((split) => boardTotals(asColumns(split)).revenue);
    expect(new Set(totals).size).toBe(1);
  });
});
