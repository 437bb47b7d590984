import { describe, expect, it } from 'vitest';
import { singleParagraphProperties, themeFonts } from '../../../electron/export/pptx/finish';
import { layoutList, paginateRows, pitchPt, rowHeight } from '../../../electron/export/pptx/layout';
import { textWidthPt, wrapLines } from '../../../electron/export/pptx/measure';

/** The deck's layout arithmetic alone: what keeps text on the slide without a renderer to ask. */
describe('measuring text', () => {
  it('counts a CJK character as one em and Latin text by Arial’s widths', () => {
    expect(textWidthPt('客户', 10)).toBeCloseTo(20 * 1.02, 5);
    expect(textWidthPt('iiii', 10)).toBeLessThan(textWidthPt('MMMM', 10) / 3);
    expect(textWidthPt('Wide', 10, true)).toBeGreaterThan(textWidthPt('Wide', 10));
  });

  it('breaks Chinese anywhere, English between words, an over-long word inside itself, and at newlines', () => {
    expect(wrapLines('深圳华信电子有限公司', 55, 10)).toEqual(['深圳华信电', '子有限公司']);
    expect(wrapLines('Dedicated client executive', 70, 10)).toEqual(['Dedicated', 'client', 'executive']);
    expect(wrapLines('Supercalifragilistic', 40, 10).join('')).toBe('Supercalifragilistic');
    expect(wrapLines('Supercalifragilistic', 40, 10).length).toBeGreaterThan(2);
    expect(wrapLines('一\n二', 100, 10)).toEqual(['一', '二']);
  });

  it('gives CJK lines a taller pitch than Latin ones, never less than the font’s own line', () => {
    expect(pitchPt('客户', 10)).toBeGreaterThanOrEqual(14.5); // Noto Sans CJK's ascent + descent
    expect(pitchPt('Accounts', 10)).toBeGreaterThanOrEqual(11.5); // Arial's
    expect(pitchPt('▲ 3', 10)).toBe(pitchPt('3', 10)); // a marker is not Chinese text
  });

  it('makes a row as tall as its tallest cell', () => {
    const one = rowHeight(['A', 'B'], [2, 2], () => 10);
    const three = rowHeight(['A', { text: 'one\ntwo\nthree' }], [2, 2], () => 10);
    expect(three - one).toBeCloseTo((2 * pitchPt('x', 10)) / 72, 5);
  });
});

describe('paginating a table', () => {
  it('puts whole rows on each page under the header, and never loses a row taller than a page', () => {
    expect(paginateRows([1, 1, 1, 1, 1], { first: 3.5, other: 3.5 }, 0.5, 0)).toEqual([[0, 1, 2], [3, 4]]);
    expect(paginateRows([1, 9, 1], { first: 3, other: 3 }, 0.5, 0)).toEqual([[0], [1], [2]]);
    expect(paginateRows([], { first: 3, other: 3 }, 0.5, 0)).toEqual([[]]);
  });

  it('keeps the totals with the last row: when they do not fit, the last row moves over with them', () => {
    expect(paginateRows([1, 1, 1], { first: 3.5, other: 3.5 }, 0.5, 0.4)).toEqual([[0, 1], [2]]);
    expect(paginateRows([1, 1], { first: 3.5, other: 3.5 }, 0.5, 0.4)).toEqual([[0, 1]]);
  });
});

describe('a long list in columns', () => {
  const entries = Array.from({ length: 1000 }, (_, i) => ({ text: `深圳华信电子有限公司 ${i + 1}`, figure: `¥ ${i},000 M` }));

  it('places every entry once, in order, column by column and slide by slide', () => {
    const layout = layoutList(entries, 12, 24, 10, 0.3);
    expect(layout.pages.flat(2)).toEqual(entries.map((_, i) => i));
    for (const page of layout.pages) {
      expect(page.length).toBeLessThanOrEqual(layout.columns);
      for (const column of page) expect(column.reduce((n, i) => n + layout.lines[i]!.length, 0)).toBeLessThanOrEqual(24);
    }
    expect(layout.columns).toBeGreaterThanOrEqual(3);
  });

  it('breaks a name too long for its column itself, so every renderer breaks it at the same place', () => {
    const long = { text: '中国石油天然气集团有限公司北京分公司第一营销中心华北大区客户服务部', figure: '¥ 12 M' };
    const layout = layoutList([long, ...entries.slice(0, 10)], 12, 24, 10, 0.3);
    const lines = layout.lines[0]!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(long.text);
    const room = (layout.columnWidth - layout.figureWidth - 0.15) * 72;
    for (const line of lines) expect(textWidthPt(line, 10)).toBeLessThanOrEqual(room);
  });
});

describe('finishing the package', () => {
  it('keeps only the first paragraph properties of a paragraph (pptxgenjs repeats them before each run)', () => {
    const p = '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>';
    expect(singleParagraphProperties(p)).toBe('<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
  });

  it('sets the theme’s East Asian fonts', () => {
    const theme = '<a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont>';
    expect(themeFonts(theme, 'Microsoft YaHei')).toBe('<a:minorFont><a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei"/><a:font script="Hans" typeface="Microsoft YaHei"/></a:minorFont>');
  });
});
