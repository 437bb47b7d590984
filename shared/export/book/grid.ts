import type { CellErrorValue, Style, Worksheet } from 'exceljs';
import { cellAddress, columnLetter, columnRange, onSheet } from './address';
import { percentCode, type BookFormats, type CellFormat } from './formats';
import { STYLES, type StylePreset } from './styles';
import { columnWidth, displayWidth } from './width';

/**
 * A live formula and the value it computes now. The value is written into the file with the
 * formula (Excel's cached result), so a reader that does not recalculate (a viewer, LibreOffice by
 * default, a phone) shows the same number the board showed; Excel recomputes it on open.
 */
export interface Formula {
  /** Without the leading "=". */
  formula: string;
  result: number | string | null | CellErrorValue;
}

export type CellValue = string | number | null | Formula;

export const isFormula = (v: CellValue): v is Formula => typeof v === 'object' && v !== null;

export interface GridColumn<K extends string> {
  key: K;
  header: string;
  format: CellFormat;
  /** Widest the column may get; longer text wraps (notes, answers). */
  maxWidth?: number;
  /** A comment on the header cell: what the column means or how it computes. */
  note?: string;
}

export interface PutOptions {
  /** Overrides the column's format for this cell. */
  format?: CellFormat;
  /** A cell the client may change (capacity, share, rate): styled as an input. */
  input?: boolean;
  style?: StylePreset;
  /** Extra style fragments (a status fill). */
  extra?: Partial<Style>;
  /** Wrap long text in this cell. */
  wrap?: boolean;
}

/** Longest a header counts for width: longer headers wrap onto two lines. */
const HEADER_WIDTH = 22;

/**
 * One sheet laid out in named columns: writes cells with their formats and styles, hands out
 * addresses for formulas ("the share cell of this row"), and sizes the columns to the text they
 * hold. Rows are 1-based; a board's sheet module decides what goes in which row.
 */
export class SheetGrid<K extends string> {
  private readonly index = new Map<K, number>();
  private readonly widest: number[];
  private readonly grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  private readonly styles = new Map<string, Partial<Style>>();
  private readonly widths = new Map<string, number>();

  constructor(
    readonly sheet: Worksheet,
    readonly columns: readonly GridColumn<K>[],
    private readonly formats: BookFormats,
  ) {
    columns.forEach((c, i) => this.index.set(c.key, i + 1));
    this.widest = columns.map(() => 0);
  }

  /** 1-based column number of a key. */
  col(key: K): number {
    const n = this.index.get(key);
    if (n === undefined) throw new Error(`No column ${key} on sheet ${this.sheet.name}`);
    return n;
  }

  letter(key: K): string {
    return columnLetter(this.col(key));
  }

  /** "E5" on this sheet (or "$E$5"). */
  addr(key: K, row: number, absolute = false): string {
    return cellAddress(this.col(key), row, absolute);
  }

  /** "'覆盖模式'!$D$3": the cell as another sheet's formula names it. */
  ref(key: K, row: number): string {
    return onSheet(this.sheet.name, this.addr(key, row, true));
  }

  /** "'客户'!$C$2:$C$241". */
  range(key: K, firstRow: number, lastRow: number): string {
    return onSheet(this.sheet.name, columnRange(this.col(key), firstRow, lastRow));
  }

  /** The header row: every column's name, in the header style, with its note if it has one. */
  header(row: number): void {
    for (const c of this.columns) {
      const cell = this.sheet.getRow(row).getCell(this.col(c.key));
      cell.value = c.header;
      cell.style = { ...STYLES.header };
      if (c.note) cell.note = c.note;
      this.measure(c.key, Math.min(HEADER_WIDTH, displayWidth(c.header)));
    }
  }

  /** A title across the row (a plan's name above its block), in the band style. */
  band(row: number, text: string): void {
    const r = this.sheet.getRow(row);
    for (const c of this.columns) r.getCell(this.col(c.key)).style = { ...STYLES.band };
    this.put(row, this.columns[0]!.key, text, { style: 'band' });
  }

  put(row: number, key: K, value: CellValue, opts: PutOptions = {}): void {
    // An empty cell with no look of its own is left out of the file altogether.
    if (value === null && !opts.input && !opts.style && !opts.extra) return;
    const column = this.columns[this.col(key) - 1]!;
    const format = opts.format ?? column.format;
    const cell = this.sheet.getRow(row).getCell(this.col(key));
    const shown = isFormula(value) ? value.result : value;
    let numFmt = this.formats.codes[format];
    // Text is written as a string cell with the Text format, never as a formula: a customer
    // named "=cmd|' /C calc'!A0" shows exactly that, is not run when the file opens, and stays
    // text even when the client edits the cell and presses Enter (the Text format makes Excel
    // take what is typed as text). The visible text is exactly what the room typed.
    if (typeof value === 'string') numFmt = this.formats.codes.text;
    else if (format === 'percent' && typeof value === 'number') numFmt = percentCode(value);
    cell.style = this.styleFor(numFmt, opts, opts.wrap === true || column.maxWidth !== undefined);
    if (value === null) cell.value = null;
    // exceljs types a formula value with date1904, which it fills in itself when writing.
    else if (isFormula(value)) cell.value = (value.result === null ? { formula: value.formula } : { formula: value.formula, result: value.result }) as never;
    else cell.value = value;
    this.measure(key, this.widthOf(shown, format, numFmt));
  }

  /** Sizes the columns, freezes the rows above `frozenRows + 1` (and columns), sets the filter. */
  finish(opts: { frozenRows?: number; frozenColumns?: number; filter?: { header: number; last: number } } = {}): void {
    this.columns.forEach((c, i) => {
      this.sheet.getColumn(i + 1).width = columnWidth(this.widest[i]!, { max: c.maxWidth ?? 60 });
    });
    const ySplit = opts.frozenRows ?? 0;
    const xSplit = opts.frozenColumns ?? 0;
    if (ySplit || xSplit) {
      this.sheet.views = [{ state: 'frozen', xSplit, ySplit, topLeftCell: cellAddress(xSplit + 1, ySplit + 1), activeCell: cellAddress(xSplit + 1, ySplit + 1) }];
    }
    // Printed, a sheet is landscape and one page wide, its header row repeated on every page.
    this.sheet.pageSetup = { ...this.sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true };
    if (ySplit) this.sheet.pageSetup.printTitlesRow = `1:${ySplit}`;
    if (opts.filter) {
      this.sheet.autoFilter = `${cellAddress(1, opts.filter.header)}:${cellAddress(this.columns.length, Math.max(opts.filter.header, opts.filter.last))}`;
    }
  }

  /**
   * One style object per look, shared by every cell that has it: exceljs recognises a style it has
   * seen by identity, so 100,000 cells with a handful of looks are written in a fraction of the time
   * a fresh object per cell takes. Cells never change their style object afterwards.
   */
  private styleFor(numFmt: string, opts: PutOptions, wrap: boolean): Partial<Style> {
    const key = `${numFmt}|${opts.style ?? ''}|${opts.input ? 1 : 0}|${wrap ? 1 : 0}|${opts.extra ? JSON.stringify(opts.extra) : ''}`;
    let style = this.styles.get(key);
    if (!style) {
      style = { ...(opts.style ? STYLES[opts.style] : {}), ...(opts.input ? STYLES.input : {}), ...opts.extra, numFmt };
      if (wrap) style.alignment = { ...style.alignment, vertical: 'top', wrapText: true };
      this.styles.set(key, style);
    }
    return style;
  }

  /** Widths of texts seen before (industries, regions and statuses repeat thousands of times). */
  private textWidth(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      w = displayWidth(text);
      if (this.widths.size < 50_000) this.widths.set(text, w);
    }
    return w;
  }

  private measure(key: K, width: number): void {
    const i = this.col(key) - 1;
    if (width > this.widest[i]!) this.widest[i] = width;
  }

  private widthOf(shown: Formula['result'], format: CellFormat, numFmt: string): number {
    if (shown === null) return 0;
    if (typeof shown === 'string') return this.textWidth(shown);
    if (typeof shown !== 'number') return 8; // an error value (#DIV/0!)
    switch (format) {
      case 'money':
        return displayWidth(this.formats.money(shown));
      case 'percent':
        return numFmt.length + 2;
      case 'time':
        return 5;
      case 'decimal':
        return this.grouped.format(Math.trunc(shown)).length + 2;
      default:
        return this.grouped.format(shown).length;
    }
  }
}
