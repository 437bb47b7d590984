import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { TableData } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { decodeText } from './decodeText';

export const MAX_ROWS = 100_000;

/** Drops blank rows and trailing blank cells so "empty" means the same for CSV and XLSX. */
function tidy(fileName: string, encoding: string, grid: string[][]): TableData {
  const rows = grid
    .map((r) => r.map((c) => (c ?? '').trim()))
    .filter((r) => r.some((c) => c !== ''));
  const [headers, ...body] = rows;
  if (!headers) throw new AppError('import_failed', `${fileName} has no rows`, { file: fileName, reason: 'empty' });
  if (body.length > MAX_ROWS) {
    throw new AppError('import_failed', `${fileName} has ${body.length} rows; the limit is ${MAX_ROWS}`, {
      file: fileName,
      reason: 'too_many_rows',
    });
  }
  return { fileName, encoding, headers, rows: body };
}

function readDelimited(fileName: string, bytes: Uint8Array): TableData {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new AppError('import_failed', `${fileName}: row ${(fatal.row ?? 0) + 1}: ${fatal.message}`, {
      file: fileName,
      reason: 'malformed',
      row: (fatal.row ?? 0) + 1,
    });
  }
  return tidy(fileName, encoding, parsed.data);
}

/** Text of a cell as Excel shows it; formulas give their cached result. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) return v.result === undefined ? '' : String(v.result);
  return cell.text ?? '';
}

async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<TableData> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('import_failed', `${fileName} is not a readable .xlsx file (${(e as Error).message})`, {
      file: fileName,
      reason: 'malformed',
    });
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new AppError('import_failed', `${fileName} has no rows`, { file: fileName, reason: 'empty' });
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    grid.push(cells);
  });
  return tidy(fileName, 'xlsx', grid);
}

/** Reads a customer list the user picked. Nothing is stored: the import dialog maps the columns. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<TableData> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xlsx') return readWorkbook(fileName, bytes);
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return readDelimited(fileName, bytes);
  throw new AppError('import_failed', `${fileName}: only .csv, .txt and .xlsx files can be imported`, {
    file: fileName,
    reason: 'unsupported_type',
  });
}
