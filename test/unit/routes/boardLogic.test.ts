import { describe, expect, it } from 'vitest';
import { textOn } from '../../../renderer/boards/routes/chipColor';
import { dropIndexAt } from '../../../renderer/boards/routes/dropIndex';
import { stepFocus, stepTarget, type GridShape } from '../../../renderer/boards/routes/keyboardMove';
import enRoutes from '../../../renderer/i18n/locales/en/routes.json';
import zhRoutes from '../../../renderer/i18n/locales/zh-CN/routes.json';
import { PALETTE } from '../../../shared/records';

/** 2 rows × 3 columns; the middle top cell holds two other routes. */
const grid: GridShape = {
  rows: ['big', 'smb'],
  cols: ['retail', 'platform', 'solutions'],
  count: (s, o) => (s === 'big' && o === 'platform' ? 2 : 0),
};

describe('moving a picked-up route with the arrow keys', () => {
  it('Right walks the positions of a cell, then enters the next cell at its start', () => {
    let at = { segmentId: 'big', offeringId: 'retail', index: 0 };
    at = stepTarget(grid, at, 'ArrowRight')!;
    expect(at).toEqual({ segmentId: 'big', offeringId: 'platform', index: 0 });
    at = stepTarget(grid, at, 'ArrowRight')!;
    at = stepTarget(grid, at, 'ArrowRight')!;
    expect(at).toEqual({ segmentId: 'big', offeringId: 'platform', index: 2 });
    expect(stepTarget(grid, at, 'ArrowRight')).toEqual({ segmentId: 'big', offeringId: 'solutions', index: 0 });
  });

  it('Left walks back and enters the previous cell at its end', () => {
    const at = stepTarget(grid, { segmentId: 'big', offeringId: 'solutions', index: 0 }, 'ArrowLeft');
    expect(at).toEqual({ segmentId: 'big', offeringId: 'platform', index: 2 });
    expect(stepTarget(grid, { segmentId: 'big', offeringId: 'platform', index: 1 }, 'ArrowLeft')).toEqual({ segmentId: 'big', offeringId: 'platform', index: 0 });
  });

  it('Up and Down change rows in the same column and land at the end', () => {
    expect(stepTarget(grid, { segmentId: 'smb', offeringId: 'platform', index: 0 }, 'ArrowUp')).toEqual({ segmentId: 'big', offeringId: 'platform', index: 2 });
    expect(stepTarget(grid, { segmentId: 'big', offeringId: 'retail', index: 0 }, 'ArrowDown')).toEqual({ segmentId: 'smb', offeringId: 'retail', index: 0 });
  });

  it('stops at the edges of the grid', () => {
    expect(stepTarget(grid, { segmentId: 'big', offeringId: 'retail', index: 0 }, 'ArrowLeft')).toBeNull();
    expect(stepTarget(grid, { segmentId: 'big', offeringId: 'retail', index: 0 }, 'ArrowUp')).toBeNull();
    expect(stepTarget(grid, { segmentId: 'smb', offeringId: 'solutions', index: 0 }, 'ArrowRight')).toBeNull();
    expect(stepTarget(grid, { segmentId: 'smb', offeringId: 'solutions', index: 0 }, 'ArrowDown')).toBeNull();
  });
});

describe('grid focus', () => {
  const size = { rows: 3, cols: 4 };
  it('moves like a spreadsheet and stays inside the grid', () => {
    expect(stepFocus({ r: 1, c: 1 }, size, 'ArrowRight', false)).toEqual({ r: 1, c: 2 });
    expect(stepFocus({ r: 0, c: 0 }, size, 'ArrowUp', false)).toEqual({ r: 0, c: 0 });
    expect(stepFocus({ r: 2, c: 3 }, size, 'ArrowRight', false)).toEqual({ r: 2, c: 3 });
    expect(stepFocus({ r: 2, c: 2 }, size, 'Home', false)).toEqual({ r: 2, c: 0 });
    expect(stepFocus({ r: 1, c: 1 }, size, 'End', true)).toEqual({ r: 2, c: 3 });
    expect(stepFocus({ r: 2, c: 2 }, size, 'Home', true)).toEqual({ r: 0, c: 0 });
    expect(stepFocus({ r: 1, c: 1 }, size, 'Enter', false)).toBeNull();
  });
});

describe('where a pointer drop lands among chips', () => {
  // Two chips on line one, one on line two.
  const chips = [
    { left: 0, right: 100, top: 0, bottom: 30 },
    { left: 110, right: 210, top: 0, bottom: 30 },
    { left: 0, right: 100, top: 40, bottom: 70 },
  ];
  it('goes before the chip whose left half the pointer is over, line by line', () => {
    expect(dropIndexAt({ x: 10, y: 15 }, chips)).toBe(0);
    expect(dropIndexAt({ x: 90, y: 15 }, chips)).toBe(1);
    expect(dropIndexAt({ x: 205, y: 15 }, chips)).toBe(2);
    expect(dropIndexAt({ x: 20, y: 55 }, chips)).toBe(2);
    expect(dropIndexAt({ x: 90, y: 55 }, chips)).toBe(3);
    expect(dropIndexAt({ x: 300, y: 200 }, chips)).toBe(3);
    expect(dropIndexAt({ x: 5, y: 5 }, [])).toBe(0);
  });
});

describe('chip text colour', () => {
  it('is dark on light route colours and white on dark ones, for every palette colour', () => {
    expect(textOn('#f0e442')).toBe('#1d1f21'); // yellow
    expect(textOn('#0072b2')).toBe('#ffffff'); // blue
    expect(textOn('#332288')).toBe('#ffffff'); // indigo
    for (const c of PALETTE) expect(['#1d1f21', '#ffffff']).toContain(textOn(c));
  });
});

describe('routes translations', () => {
  /** Keys without i18next's plural suffixes: Chinese has one plural form, English two. */
  function keys(obj: object, prefix = ''): string[] {
    return Object.entries(obj).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(one|other)$/, '')}`],
    );
  }
  it('has every key in both languages', () => {
    expect([...new Set(keys(zhRoutes))].sort()).toEqual([...new Set(keys(enRoutes))].sort());
  });
  it('carries the six route questions of the deck', () => {
    expect(Object.keys(zhRoutes.questions)).toHaveLength(6);
    expect(zhRoutes.questions.q4).toBe('何种渠道能卖？渠道数量够吗？');
  });
});
