import ExcelJS from 'exceljs';
import { bookFormats, ROWS_PER_STEP, type BookContext } from '../../../shared/export/book';
import type { ExportInput } from '../../../shared/export/input';
import { BOARD_EXPORTS } from '../../../renderer/boards/exports';
import type { ExportJob } from '../jobs';

/**
 * The workshop as a workbook (exceljs): every board's sheets in workshop order, each board
 * writing its own (renderer/boards/<board>/export/sheets.ts), with live formulas whose cached
 * results are the boards' figures.
 */
export async function writeWorkbook(input: ExportInput, job: ExportJob): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Salesmap';
  workbook.created = input.at;
  workbook.modified = input.at;
  workbook.title = input.workshop.name;
  workbook.company = input.workshop.client;
  // Excel recomputes every formula when it opens the file, so what it shows can never be a
  // stale cached value; readers that do not recalculate show the cached results, which are the
  // boards' own figures.
  workbook.calcProperties.fullCalcOnLoad = true;

  const book: BookContext = { input, workbook, job, formats: bookFormats(input), links: { segmentAccounts: new Map(), segmentRevenue: new Map(), segmentPotential: new Map() } };
  // One step per board, one per long stretch of accounts, one for packing the file.
  job.plan(BOARD_EXPORTS.length + Math.floor(input.records.account.length / ROWS_PER_STEP) + 1);
  for (const board of BOARD_EXPORTS) await board.sheets(book);
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  await job.step();
  return data;
}
