import type { DeckCell, DeckColumn, DeckTable, DeckText, ListEntry } from '../../../shared/export/deck';
import { hasCjk, LINE_EM, lineCount, textWidthPt, wrapLines } from './measure';

/**
 * Pure layout arithmetic for the deck: how tall a table row is, where a table breaks onto the next
 * slide, how a long list fills newspaper columns. No pptxgenjs here, so it is tested alone.
 * Lengths are inches unless a name says points (Pt).
 */

export const PT_PER_IN = 72;

/** Cell padding: top, right, bottom, left (inches). */
export const CELL_MARGIN = [0.035, 0.08, 0.035, 0.08] as const;

/**
 * Line pitch in points, set as exact line spacing on every paragraph the deck writes, so a line is
 * as tall in PowerPoint as in LibreOffice and the layout computed here is the layout both draw.
 */
export function pitchPt(text: string, sizePt: number): number {
  return Math.ceil(sizePt * (hasCjk(text) ? LINE_EM.cjk : LINE_EM.latin));
}

export function plainText(text: DeckText): string {
  if (typeof text === 'string') return text;
  return text.map((r, i) => (r.newLine && i > 0 ? '\n' : '') + r.text).join('');
}

/** Inches a text needs in a width (inches) at a size, with the deck's line pitch. */
export function textHeightIn(text: DeckText, widthIn: number, sizePt: number, bold = false): number {
  const plain = plainText(text);
  const lines = lineCount(plain, widthIn * PT_PER_IN, sizePt, bold);
  return (lines * pitchPt(plain, sizePt)) / PT_PER_IN;
}

export function textWidthIn(text: string, sizePt: number, bold = false): number {
  return textWidthPt(text, sizePt, bold) / PT_PER_IN;
}

export function asCell(cell: string | DeckCell): DeckCell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** Column widths in inches: the weights shared out over the table's width. */
export function columnWidths(columns: readonly DeckColumn[], width: number): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  return columns.map((c) => (c.width / total) * width);
}

/** The size a cell's text is set in: its own, the table's, never below the minimum. */
export function cellSize(cell: DeckCell, table: DeckTable, base: number, min: number): number {
  return Math.max(min, cell.fontSize ?? table.fontSize ?? base);
}

/** Height of one row (inches): its tallest cell, padding included. */
export function rowHeight(cells: ReadonlyArray<string | DeckCell>, widths: readonly number[], sizeOf: (c: DeckCell) => number, boldRow = false): number {
  let col = 0;
  let tallest = 0;
  for (const raw of cells) {
    const cell = asCell(raw);
    const span = Math.max(1, cell.colspan ?? 1);
    const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0) - CELL_MARGIN[1] - CELL_MARGIN[3];
    col += span;
    const h = textHeightIn(cell.text, Math.max(0.1, w), sizeOf(cell), boldRow || cell.bold === true);
    tallest = Math.max(tallest, h);
  }
  return tallest + CELL_MARGIN[0] + CELL_MARGIN[2];
}

/**
 * Splits rows into pages: each page holds as many whole rows as fit under the header in `room`
 * (the first page may have less room than the others), and the last page also holds `footHeight`.
 * A row taller than a page gets a page of its own rather than being lost.
 */
export function paginateRows(heights: readonly number[], room: { first: number; other: number }, header: number, footHeight: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = header;
  const roomOf = () => (pages.length === 0 ? room.first : room.other);
  heights.forEach((h, i) => {
    if (page.length > 0 && used + h > roomOf()) {
      pages.push(page);
      page = [];
      used = header;
    }
    page.push(i);
    used += h;
  });
  // The totals belong with rows above them: when they do not fit, the last row moves over with them.
  if (page.length > 0 && used + footHeight > roomOf()) {
    const moved = page.length > 1 ? page.splice(page.length - 1, 1) : [];
    if (page.length > 0) pages.push(page);
    page = moved;
  }
  pages.push(page);
  return pages;
}

export interface ListLayout {
  columns: number;
  /** Column width (inches). */
  columnWidth: number;
  /** Width of the figures' part of a column, at its right (inches). */
  figureWidth: number;
  /** Pages → columns → entries (indexes into the list). */
  pages: number[][][];
  /** Each entry's text, broken into the lines it takes. */
  lines: string[][];
}

/** Gap between the text and the figure of a list entry (inches). */
const FIGURE_GAP = 0.15;

/**
 * Newspaper columns for a long list (an account list of 10,000): as many columns as the typical
 * entry fits in on one line (4 down to 2), each filled top to bottom before the next, each slide
 * filled before the next. Texts go in one text box per column and figures in another beside it,
 * right-aligned, line for line; so a text too long for its line is broken here, at the same place
 * in every renderer, and its figure stays on its first line.
 */
export function layoutList(entries: readonly ListEntry[], widthIn: number, linesPerColumn: number, sizePt: number, gap: number): ListLayout {
  const figureWidth = entries.reduce((m, e) => Math.max(m, e.figure ? textWidthIn(e.figure, sizePt) : 0), 0);
  const reserved = figureWidth > 0 ? figureWidth + FIGURE_GAP : 0;
  const need = entries.map((e) => textWidthIn(e.text, sizePt));
  const sorted = [...need].sort((a, b) => a - b);
  const typical = (sorted[Math.floor(sorted.length * 0.9)] ?? 0) + reserved;
  let columns = 2;
  for (const n of [4, 3]) {
    if ((widthIn - gap * (n - 1)) / n >= typical) {
      columns = n;
      break;
    }
  }
  const columnWidth = (widthIn - gap * (columns - 1)) / columns;
  const textWidth = columnWidth - reserved;
  const lines = entries.map((e, i) => (need[i]! <= textWidth ? [e.text] : wrapLines(e.text, textWidth * PT_PER_IN, sizePt)));
  const pages: number[][][] = [];
  let page: number[][] = [];
  let column: number[] = [];
  let used = 0;
  lines.forEach((l, i) => {
    const n = l.length;
    if (column.length > 0 && used + n > linesPerColumn) {
      page.push(column);
      column = [];
      used = 0;
      if (page.length === columns) {
        pages.push(page);
        page = [];
      }
    }
    column.push(i);
    used += n;
  });
  if (column.length > 0) page.push(column);
  if (page.length > 0) pages.push(page);
  return { columns, columnWidth, figureWidth, pages, lines };
}
