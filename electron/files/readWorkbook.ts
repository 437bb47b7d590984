import type ExcelJS from 'exceljs';
import { refuse } from './sniff';
import { MAX_COLUMNS, MAX_ROWS, type Grid } from './tidyTable';

/**
 * .xlsx workbooks, loaded whole with ExcelJS. (Its streaming reader is faster but decodes XML
 * chunk by chunk and breaks a Chinese character that straddles two chunks: "有限公司" came back
 * as "���限公司". Loading decodes every part in one piece.) The sheet read is the first visible
 * one, in tab order, that has content; cells come back as the text Excel shows.
 */
type CellValue = ExcelJS.CellValue | undefined;

/** Worksheet parts that a customer list never needs; skipping them saves parse time. */
const IGNORED_PARTS = [
  'sheetViews', 'cols', 'autoFilter', 'rowBreaks', 'hyperlinks', 'pageMargins', 'dataValidations', 'pageSetup',
  'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts', 'conditionalFormatting', 'extLst',
];

/** Excel shows 15 significant digits; 12.300000000000001 in the file is 12.3 on screen. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const plain = String(n);
  // Only long fractions can carry binary noise; most cells (integers, 12.5) are done here.
  return plain.length <= 15 ? plain : String(Number(n.toPrecision(15)));
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  // ExcelJS reads date serials as UTC; a whole day has no time part worth showing.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** The text of a cell value as Excel displays it; formulas give their last computed result. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if ('error' in v) return String(v.error);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const r = (v as { result?: unknown }).result;
    if (r !== null && typeof r === 'object' && 'error' in r) return String((r as { error: unknown }).error);
    // Excel saves every formula's last value; none means it was never calculated (a file
    // written by a program): shown as Excel's error, so the report flags it instead of a blank.
    if (r === undefined || (typeof r === 'number' && Number.isNaN(r))) return '#VALUE!';
    return cellText(r as CellValue);
  }
  if ('text' in v) return String((v as { text: unknown }).text ?? '');
  return '';
}

/**
 * A merged cell's text. A title merged across columns is written once (its other cells are
 * blank); a value merged down a column ("华南" over five customers) belongs to every row.
 */
function mergedCellText(cell: ExcelJS.Cell): string {
  if (!cell.isMerged || cell.master === cell) return cellText(cell.value);
  return cell.master.col === cell.col ? cellText(cell.master.value) : '';
}

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(mergedCellText(row.getCell(c)));
    if (cells.some((c) => c.trim() !== '')) grid.push({ number: row.number, cells });
  });
  return grid;
}

export async function readWorkbook(fileName: string, bytes: Uint8Array, chosenSheet?: string): Promise<{ grid: Grid; sheet: string; sheets: string[] }> {
  // Loaded on the first workbook, not at start-up: ExcelJS alone takes half a second to load,
  // which every start of the app (and every restart after a crash) would otherwise pay.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer, {
      ignoreNodes: IGNORED_PARTS,
      // A sheet far beyond the limits is refused while parsing, not after building all of it.
      maxRows: MAX_ROWS + 1_000,
      maxCols: MAX_COLUMNS * 10,
    } as ExcelJS.XlsxReadOptions);
  } catch (e) {
    const message = (e as Error).message;
    if (/^Max row count/.test(message)) throw refuse(fileName, 'too_many_rows', `it has more than ${MAX_ROWS} rows`, { rows: `> ${MAX_ROWS}`, max: MAX_ROWS });
    if (/^Max c count/.test(message)) throw refuse(fileName, 'too_many_columns', `it has more than ${MAX_COLUMNS} columns`, { columns: `> ${MAX_COLUMNS}`, max: MAX_COLUMNS });
    throw refuse(fileName, 'not_xlsx', `not a readable .xlsx workbook (${message})`);
  }
  const visible = workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  const sheets = visible.map((ws) => ws.name);
  if (chosenSheet !== undefined) {
    const ws = visible.find((w) => w.name === chosenSheet);
    if (!ws) throw refuse(fileName, 'no_sheet', `the workbook has no visible sheet named ${chosenSheet}`, { sheet: chosenSheet });
    const grid = sheetGrid(ws);
    if (!grid.length) throw refuse(fileName, 'empty_sheet', `the sheet ${chosenSheet} has no content`, { sheet: chosenSheet });
    return { grid, sheet: ws.name, sheets };
  }
  for (const ws of visible) {
    const grid = sheetGrid(ws);
    if (grid.length) return { grid, sheet: ws.name, sheets };
  }
  throw refuse(fileName, 'empty', 'the workbook has no sheet with content');
}
