import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../electron/files/readTable';
import { detectMapping, prepareImport } from '../../../shared/import';

/**
 * Issue 13, item 7: a row with fewer cells than the header (a line cut short, a note typed into
 * column A, a record split across lines) is not a customer with empty fields. It is reported with
 * its row and "1 of 8 columns", and skipped unless the user chooses to import it.
 */
const HEADER = '客户名称,行业,区域,城市,年营业额（万元）,员工人数,潜力（万元）,备注';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'utf8');

async function planOf(bytes: Buffer, importShortRows = false) {
  const table = await readTable('客户名单.csv', bytes);
  return { table, plan: prepareImport(table, detectMapping(table), { usdRate: 7.2, importShortRows }) };
}

describe('short rows in a text file', () => {
  it('reports a one-cell row as "1 of 8 columns" with its name, and skips it', async () => {
    const { plan } = await planOf(csv('深圳华信有限公司,电子,华南,深圳,1200,500,300,重点', '广州恒达集团', '上海鑫泰,汽车,华东,上海,800,200,100,'));
    expect(plan.accounts.map((a) => a.name)).toEqual(['深圳华信有限公司', '上海鑫泰']);
    expect(plan.problems).toEqual([
      expect.objectContaining({ row: 3, code: 'short_row', severity: 'skip', value: '广州恒达集团', params: { cells: 1, columns: 8 } }),
    ]);
    expect(plan.skippedRows).toBe(1);
  });

  it('imports short rows when the user chooses, with a note, their missing cells empty', async () => {
    const { plan } = await planOf(csv('广州恒达集团,快消'), true);
    expect(plan.accounts).toEqual([expect.objectContaining({ name: '广州恒达集团', industry: '快消', region: '', revenue: null })]);
    expect(plan.problems).toEqual([expect.objectContaining({ code: 'short_row', severity: 'warning', params: { cells: 2, columns: 8 } })]);
    expect(plan.warnedRows).toBe(1);
  });

  it('a short row without a name names itself by its first cell and stays out even when short rows are imported', async () => {
    const { plan } = await planOf(csv(',汽车'), true);
    expect(plan.accounts).toEqual([]);
    expect(plan.problems.map((p) => [p.code, p.value])).toEqual([
      ['short_row', '汽车'],
      ['name_missing', ''],
    ]);
  });

  it('a row with empty trailing cells written out is whole, not short', async () => {
    const { plan } = await planOf(csv('深圳华信有限公司,,,,,,,'));
    expect(plan.problems).toEqual([]);
    expect(plan.accounts).toHaveLength(1);
  });
});

describe('workbooks', () => {
  it('a row whose last cells are empty is whole (a workbook does not store empty cells)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(HEADER.split(','));
    ws.addRow(['深圳华信有限公司', '电子']);
    const table = await readTable('客户.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    const plan = prepareImport(table, detectMapping(table), { usdRate: 7.2 });
    expect(plan.problems).toEqual([]);
    expect(plan.accounts).toHaveLength(1);
  });
});
