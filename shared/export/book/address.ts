/**
 * A1-style cell addresses for the workbook's formulas. Rows and columns are 1-based, as in
 * exceljs and Excel. References to another sheet always quote its name, because a workshop's
 * sheet names are Chinese or have spaces ('客户'!$C$2, 'Coverage plans'!D5).
 */
import { columnLetter as letterOf } from '../../import/text';

/** 1 → A, 26 → Z, 27 → AA (1-based, as exceljs counts; the import's columnLetter is 0-based). */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > 16_384) throw new RangeError(`No spreadsheet column ${column}`);
  return letterOf(column - 1);
}

/** "C5", or "$C$5" when `absolute` (a cell the formula must keep when copied down). */
export function cellAddress(column: number, row: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 1 || row > 1_048_576) throw new RangeError(`No spreadsheet row ${row}`);
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(column)}${d}${row}`;
}

/** "$C$2:$C$241"; an empty span (no rows) still names one row, so COUNTIF over it gives 0. */
export function columnRange(column: number, firstRow: number, lastRow: number): string {
  return `${cellAddress(column, firstRow, true)}:${cellAddress(column, Math.max(firstRow, lastRow), true)}`;
}

/** A reference into a named sheet: 'Sheet name'!A1 (quotes inside the name doubled). */
export function onSheet(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}
