import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import type { CsvTableData } from '../../../shared/export/book';
import type { CsvTable } from '../../../shared/export/formats';
import type { ExportInput } from '../../../shared/export/input';
import { neutraliseFormula } from '../../../shared/import/csvSafe';
import { BOARD_EXPORTS } from '../../../renderer/boards/exports';
import type { ExportJob } from '../jobs';

/** UTF-8's byte order mark: without it, Excel on a Chinese Windows reads the file as GBK and shows mojibake. */
const BOM = '\uFEFF';

/**
 * A table as CSV bytes: UTF-8 with a BOM, CRLF line ends (what Excel writes and reads), fields
 * quoted only where needed, and every text cell that a spreadsheet would run as a formula (=, +,
 * -, @, tab, CR, and their full-width forms) prefixed with a single quote (OWASP's advice), so
 * opening the file never runs a customer's name. Numbers stay numbers.
 */
export function csvBytes(table: CsvTableData): Buffer {
  const text = (v: string | number | null) => (typeof v === 'string' ? neutraliseFormula(v) : v);
  const csv = Papa.unparse({ fields: table.headers.map(neutraliseFormula), data: table.rows.map((r) => r.map(text)) }, { newline: '\r\n', quotes: false });
  return Buffer.from(`${BOM}${csv}\r\n`, 'utf8');
}

/** One table of the workshop as CSV, built by the board that owns it (renderer/boards/<board>/export/tables.ts). */
export async function writeCsv(input: ExportInput, table: CsvTable, job: ExportJob): Promise<Buffer> {
  const build = BOARD_EXPORTS.find((b) => b.tables[table])?.tables[table];
  if (!build) throw new AppError('export_failed', `No board exports the ${table} table`, { reason: `no ${table} table` });
  job.plan(2);
  const data = build(input);
  await job.step();
  const bytes = csvBytes(data);
  await job.step();
  return bytes;
}
