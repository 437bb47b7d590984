import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { refuse } from './sniff';
import type { Grid } from './tidyTable';

/**
 * .xlsx workbooks, read with ExcelJS's streaming reader (about three times faster than loading
 * the whole workbook model, which matters at 10,000 rows). The sheet read is the first visible
 * one, in tab order, that has content; cells come back as the text Excel shows.
 */
type CellValue = ExcelJS.CellValue | undefined;

/** Excel shows 15 significant digits; 12.300000000000001 in the file is 12.3 on screen. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  return String(Number(n.toPrecision(15)));
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
    // Excel saves every formula's last value. None (or NaN) means the formula failed: the streaming
    // reader drops error results. Shown as Excel's error, so the report flags it, not a blank.
    if (r === undefined || (typeof r === 'number' && Number.isNaN(r))) return '#VALUE!';
    return cellText(r as CellValue);
  }
  if ('text' in v) return String((v as { text: unknown }).text ?? '');
  return '';
}

interface SheetRows {
  name: string;
  order: number;
  grid: Grid;
}

export async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<{ grid: Grid; sheet: string }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache', // number formats tell dates from numbers
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: SheetRows[] = [];
  try {
    for await (const ws of reader) {
      const info = ws as unknown as { name: string; state?: string };
      if (info.state === 'hidden' || info.state === 'veryHidden') continue;
      const grid: Grid = [];
      for await (const row of ws) {
        const values = row.values as CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        if (cells.some((c) => c.trim() !== '')) grid.push({ number: row.number, cells });
      }
      if (grid.length) sheets.push({ name: info.name, order: 0, grid });
    }
  } catch (e) {
    throw refuse(fileName, 'not_xlsx', `not a readable .xlsx workbook (${(e as Error).message})`);
  }
  const tabs = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);
  for (const s of sheets) s.order = tabs.includes(s.name) ? tabs.indexOf(s.name) : tabs.length;
  sheets.sort((a, b) => a.order - b.order);
  const first = sheets[0];
  if (!first) throw refuse(fileName, 'empty', 'the workbook has no sheet with content');
  return { grid: first.grid, sheet: first.name };
}
