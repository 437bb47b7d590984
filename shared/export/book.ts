import type { Workbook } from 'exceljs';
import type { ExportInput } from './input';
import type { ExportJob } from './job';

/**
 * What a board's sheets are written into (renderer/boards/<board>/export/sheets.ts). The
 * service's workbook writer (electron/export/xlsx/) makes it.
 */
export interface BookContext {
  input: ExportInput;
  workbook: Workbook;
  job: ExportJob;
}

/** One CSV table: a header row and the rows, as text or numbers (renderer/boards/<board>/export/tables.ts). */
export interface CsvTableData {
  headers: string[];
  rows: Array<Array<string | number | null>>;
}
