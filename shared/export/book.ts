import type { Workbook, Worksheet } from 'exceljs';
import type { BookFormats } from './book/formats';
import { SheetGrid, type GridColumn } from './book/grid';
import { safeSheetName } from './book/sheetName';
import type { ExportInput } from './input';
import type { ExportJob } from './job';

export * from './book/address';
export * from './book/formats';
export * from './book/formula';
export * from './book/grid';
export * from './book/sheetName';
export * from './book/styles';
export * from './book/width';

/**
 * Cells one board's sheets publish for another board's formulas, so the workbook computes like
 * the room: the coverage plans count a segment's accounts with a reference to the segments
 * sheet, which counts them on the accounts sheet — move an account to another segment in Excel
 * and the plan's people follow. A board whose source is absent writes the number instead.
 */
export interface BookLinks {
  /** A segment's account count (COUNTIF over the accounts sheet), by segment id: "'客户群'!$C$3". */
  segmentAccounts: Map<string, string>;
  /** A segment's known revenue (SUMIF over the accounts sheet), by segment id. */
  segmentRevenue: Map<string, string>;
  /** A segment's known potential (SUMIF over the accounts sheet), by segment id: the quota's base. */
  segmentPotential: Map<string, string>;
}

/**
 * What a board's sheets are written into (renderer/boards/<board>/export/sheets.ts). The
 * service's workbook writer (electron/export/xlsx/) makes it; boards write their sheets in
 * workshop order (renderer/boards/exports.ts), so a link is published before it is read.
 */
export interface BookContext {
  input: ExportInput;
  workbook: Workbook;
  job: ExportJob;
  formats: BookFormats;
  links: BookLinks;
}

/** One CSV table: a header row and the rows, as text or numbers (renderer/boards/<board>/export/tables.ts). */
export interface CsvTableData {
  headers: string[];
  rows: Array<Array<string | number | null>>;
}

/**
 * Long sheets (10,000 accounts) yield this often, so a cancel stops the export mid-sheet and the
 * service keeps answering; the writer counts these steps in its plan.
 */
export const ROWS_PER_STEP = 2_500;

/** A new sheet named as asked, made valid and unique in this workbook (see safeSheetName). */
export function addSheet(book: BookContext, wanted: string): Worksheet {
  return book.workbook.addWorksheet(safeSheetName(wanted, book.workbook.worksheets.map((w) => w.name)));
}

/** A new sheet laid out in the given columns, its header in `headerRow`. */
export function addGrid<K extends string>(book: BookContext, wanted: string, columns: readonly GridColumn<K>[], headerRow = 1): SheetGrid<K> {
  const grid = new SheetGrid(addSheet(book, wanted), columns, book.formats);
  grid.header(headerRow);
  return grid;
}
