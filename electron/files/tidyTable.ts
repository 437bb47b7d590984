import type { TableData } from '../../shared/api';
import { findHeaderRow } from '../../shared/import/headers';
import { refuse } from './sniff';

/** Rows as a file has them, each with the row number a spreadsheet shows for it. */
export type Grid = { number: number; cells: string[] }[];

/** Far more than a customer list has; a bigger file is another kind of data (or a mistake). */
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 200;

/**
 * The same table shape for CSV and XLSX: cells trimmed, blank rows dropped, the header found
 * below any title lines, every row as wide as the widest one (a header cell may be blank).
 * `counted`: the grid's rows have as many cells as the file's lines had (text files), kept as
 * `cellCounts` so the import can report a row that is shorter than its header.
 */
/** How many of the first rows with content the header row can be chosen from. */
export const HEADER_CHOICES = 30;

export interface TidyOptions {
  /** The grid's rows have as many cells as the file's lines had (text files). */
  counted?: boolean;
  /** A workbook's visible sheets. */
  sheets?: string[];
  /** The row the user chose as the header (a file row number), instead of the one found. */
  headerRow?: number;
}

export function tidyTable(fileName: string, encoding: string, sheet: string | null, grid: Grid, { counted = false, sheets = [], headerRow }: TidyOptions = {}): TableData {
  const rows = grid
    .map((r) => ({ number: r.number, cells: r.cells.map((c) => (c ?? '').trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) throw refuse(fileName, 'empty', 'the file has no rows with content');

  let width = 0;
  for (const r of rows) {
    let last = r.cells.length;
    while (last > 0 && r.cells[last - 1] === '') last--;
    width = Math.max(width, last);
  }
  if (width > MAX_COLUMNS) {
    throw refuse(fileName, 'too_many_columns', `it has ${width} columns; the limit is ${MAX_COLUMNS}`, { columns: width, max: MAX_COLUMNS });
  }
  const square = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');

  const first = rows.slice(0, HEADER_CHOICES);
  let headerIndex = findHeaderRow(first.map((r) => r.cells));
  if (headerRow !== undefined) {
    headerIndex = first.findIndex((r) => r.number === headerRow);
    if (headerIndex < 0) throw refuse(fileName, 'no_header_row', `row ${headerRow} is not one of the first rows with content`, { row: headerRow });
  }
  const header = rows[headerIndex]!;
  const body = rows.slice(headerIndex + 1);
  if (body.length > MAX_ROWS) {
    throw refuse(fileName, 'too_many_rows', `it has ${body.length} rows; the limit is ${MAX_ROWS}`, { rows: body.length, max: MAX_ROWS });
  }
  return {
    fileName,
    encoding,
    sheet,
    headerRow: header.number,
    headers: square(header.cells),
    rows: body.map((r) => square(r.cells)),
    rowNumbers: body.map((r) => r.number),
    ...(counted ? { cellCounts: body.map((r) => r.cells.length) } : {}),
    sheets,
    headerChoices: first.map((r) => ({ row: r.number, preview: previewOf(r.cells) })),
  };
}

/** A row as the header-row choice shows it: its first non-empty cells, cut short. */
function previewOf(cells: readonly string[]): string {
  const text = cells.filter((c) => c !== '').slice(0, 6).join(' | ');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
