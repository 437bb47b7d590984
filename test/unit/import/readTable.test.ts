import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../electron/files/readTable';
import { isAppError } from '../../../shared/errors';

const CSV = '客户名称,行业,年营业额（万元）\r\n深圳华信有限公司,电子制造,"1,200"\r\n广州恒达集团,快消品,300\r\n';
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** The refusal's reason (and params), or a test failure if the file was read. */
async function refusal(fileName: string, bytes: Uint8Array): Promise<Record<string, string | number>> {
  try {
    await readTable(fileName, bytes);
  } catch (e) {
    if (isAppError(e) && e.code === 'import_failed') return e.params ?? {};
    throw e;
  }
  throw new Error(`${fileName} was read, but should have been refused`);
}

describe('reading CSV in the encodings Excel writes', () => {
  const expected = {
    headers: ['客户名称', '行业', '年营业额（万元）'],
    rows: [
      ['深圳华信有限公司', '电子制造', '1,200'],
      ['广州恒达集团', '快消品', '300'],
    ],
  };

  it('UTF-8 with a BOM (Excel "CSV UTF-8")', async () => {
    const t = await readTable('客户名单.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(CSV)]));
    expect(t).toMatchObject({ ...expected, encoding: 'utf-8', fileName: '客户名单.csv', headerRow: 1, rowNumbers: [2, 3] });
  });

  it('UTF-8 without a BOM', async () => {
    expect(await readTable('list.csv', utf8(CSV))).toMatchObject({ ...expected, encoding: 'utf-8' });
  });

  it('GBK / GB18030 (plain "CSV" from Excel on a Chinese Windows)', async () => {
    expect(await readTable('客户名单.csv', iconv.encode(CSV, 'gbk'))).toMatchObject({ ...expected, encoding: 'gb18030' });
    expect(await readTable('客户名单.csv', iconv.encode(CSV + '𠀀科技,软件,1\r\n', 'gb18030'))).toMatchObject({ encoding: 'gb18030' });
  });

  it('GBK text that is only a few characters long', async () => {
    expect(await readTable('a.csv', iconv.encode('名称\r\n联通\r\n', 'gbk'))).toMatchObject({ headers: ['名称'], rows: [['联通']] });
  });

  it('UTF-16 with and without a BOM ("Unicode text", tab-separated)', async () => {
    const text = CSV.replace(/,(?=[^\d])/g, '\t').replace(/"1,200"/, '1,200').replace(/,300/, '\t300').replace(/电子制造,/, '电子制造\t');
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await readTable('list.txt', withBom)).toMatchObject({ ...expected, encoding: 'utf-16le' });
    expect(await readTable('list.txt', Buffer.from(text, 'utf16le'))).toMatchObject({ ...expected, encoding: 'utf-16le' });
  });

  it('Windows-1252 from a Western Excel, which is not taken for GBK', async () => {
    const t = await readTable('kunden.csv', iconv.encode('Name;Stadt\r\nMüller GmbH;Köln\r\nSociété Générale;Paris\r\n', 'win1252'));
    expect(t).toMatchObject({ encoding: 'windows-1252', rows: [['Müller GmbH', 'Köln'], ['Société Générale', 'Paris']] });
  });

  it('UTF-8 with one damaged byte is still UTF-8', async () => {
    const bytes = Buffer.concat([utf8(CSV), Buffer.from([0xe5, 0x8d])]);
    expect(await readTable('list.csv', bytes)).toMatchObject({ encoding: 'utf-8', headers: expected.headers });
  });
});

describe('delimiters, quotes and rows', () => {
  it('reads semicolons (Excel where the decimal mark is a comma) and tabs', async () => {
    expect((await readTable('a.csv', utf8('Name;Revenue\nAcme;1,5\nBeta;2,25\n'))).rows).toEqual([['Acme', '1,5'], ['Beta', '2,25']]);
    expect((await readTable('a.txt', utf8('Name\tRevenue\nAcme\t1,500\n'))).rows).toEqual([['Acme', '1,500']]);
    expect((await readTable('a.tsv', utf8('Name,Inc\tRevenue\nAcme, Inc\t1\n'))).rows).toEqual([['Acme, Inc', '1']]);
  });

  it('keeps quoted commas, quotes and line breaks in one cell, and numbers rows as Excel does', async () => {
    const t = await readTable('a.csv', utf8('名称,备注\n"华信, 深圳","第一行\n第二行"\n"说""好""的",x\n'));
    expect(t.rows).toEqual([
      ['华信, 深圳', '第一行\n第二行'],
      ['说"好"的', 'x'],
    ]);
    expect(t.rowNumbers).toEqual([2, 3]);
  });

  it('drops blank rows but keeps the file row numbers, and pads short rows', async () => {
    const t = await readTable('a.csv', utf8('名称,行业,城市\n\n甲,电子\n,,\n乙,零售,深圳,\n'));
    expect(t.rows).toEqual([
      ['甲', '电子', ''],
      ['乙', '零售', '深圳'],
    ]);
    expect(t.rowNumbers).toEqual([3, 5]);
  });

  it('skips title lines above the header', async () => {
    const t = await readTable('a.csv', utf8('2024年重点客户名单,,\n单位：万元,,\n客户名称,行业,年营业额\n甲,电子,1\n'));
    expect(t).toMatchObject({ headerRow: 3, headers: ['客户名称', '行业', '年营业额'], rows: [['甲', '电子', '1']], rowNumbers: [4] });
  });

  it('refuses an unclosed quote, naming the row', async () => {
    expect(await refusal('a.csv', utf8('名称,备注\n甲,ok\n"乙,broken\n丙,x\n'))).toMatchObject({ reason: 'malformed', row: 3, file: 'a.csv' });
  });

  it('reads a file with headers and no customers as an empty table', async () => {
    expect(await readTable('a.csv', utf8('客户名称,行业\n'))).toMatchObject({ headers: ['客户名称', '行业'], rows: [] });
  });

  it('refuses a file longer than 100,000 customers, saying how long it is', async () => {
    const long = '客户名称\n' + '甲\n'.repeat(100_001);
    expect(await refusal('long.csv', utf8(long))).toMatchObject({ reason: 'too_many_rows', rows: 100_001, max: 100_000 });
  });

  it('refuses an empty file and a file too wide to be a customer list', async () => {
    expect(await refusal('a.csv', new Uint8Array())).toMatchObject({ reason: 'empty' });
    expect(await refusal('a.csv', utf8('\r\n , \r\n'))).toMatchObject({ reason: 'empty' });
    const wide = Array.from({ length: 250 }, (_, i) => `c${i}`).join(',');
    expect(await refusal('a.csv', utf8(`${wide}\n${wide}\n`))).toMatchObject({ reason: 'too_many_columns', columns: 250 });
  });
});

describe('files that are not what their name says', () => {
  it('refuses an old .xls workbook with a clear reason', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal('客户名单.xls', ole2)).toMatchObject({ reason: 'xls', file: '客户名单.xls' });
    expect(await refusal('locked.xlsx', ole2)).toMatchObject({ reason: 'protected' });
  });

  it('reads a CRM ".xls" that is really tab-separated text, and refuses one that is a web page', async () => {
    expect((await readTable('export.xls', iconv.encode('客户名称\t行业\n甲\t电子\n', 'gbk'))).rows).toEqual([['甲', '电子']]);
    expect(await refusal('export.xls', utf8('<html><body><table><tr><td>甲</td></tr></table></body></html>'))).toMatchObject({ reason: 'html' });
  });

  it('refuses other kinds of files', async () => {
    expect(await refusal('deck.pdf', utf8('%PDF-1.7'))).toMatchObject({ reason: 'unsupported_type', ext: '.pdf' });
    expect(await refusal('fake.xlsx', utf8('名称\n甲\n'))).toMatchObject({ reason: 'not_xlsx' });
    expect(await refusal('broken.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]))).toMatchObject({ reason: 'not_xlsx' });
    expect(await refusal('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))).toMatchObject({ reason: 'binary' });
  });
});

/** A workbook built with ExcelJS, as bytes. */
async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading XLSX as Excel shows it', () => {

  it('skips a merged title row, reads numbers, dates, formulas, errors, rich text and links as text', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('客户名单');
      ws.getCell('A1').value = '2024年重点客户名单';
      ws.mergeCells('A1:F1');
      ws.addRow([]);
      ws.addRow(['客户名称', '年营业额（百万元）', '员工人数', '签约日期', '潜力', '备注']);
      ws.addRow([{ richText: [{ text: '深圳' }, { text: '华信', font: { bold: true } }] }, 12.300000000000001, 500, new Date(Date.UTC(2024, 0, 15)), { formula: 'B4*2', result: 24.6 }, { text: '官网', hyperlink: 'https://example.com' }]);
      ws.addRow(['广州恒达', { error: '#N/A' }, true, '', { formula: '1/0', result: { error: '#DIV/0!' } }, '=HYPERLINK("x")']);
      ws.getCell('D4').numFmt = 'yyyy-mm-dd';
    });
    const t = await readTable('客户名单.xlsx', bytes);
    expect(t).toMatchObject({ encoding: 'xlsx', sheet: '客户名单', headerRow: 3, rowNumbers: [4, 5] });
    expect(t.headers).toEqual(['客户名称', '年营业额（百万元）', '员工人数', '签约日期', '潜力', '备注']);
    expect(t.rows[0]).toEqual(['深圳华信', '12.3', '500', '2024-01-15', '24.6', '官网']);
    expect(t.rows[1]?.[0]).toBe('广州恒达');
    expect(t.rows[1]?.[1]).toBe('#N/A');
    expect(t.rows[1]?.[2]).toBe('TRUE');
    expect(t.rows[1]?.[4]).toBe('#DIV/0!');
    expect(t.rows[1]?.[5]).toBe('=HYPERLINK("x")');
  });

  it('keeps every Chinese character of a large workbook intact', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `深圳华信电子科技有限公司第${i}分公司`);
    const bytes = await workbook((wb) => wb.addWorksheet('名单').addRows([['客户名称'], ...names.map((n) => [n])]));
    expect((await readTable('big.xlsx', bytes)).rows.map((r) => r[0])).toEqual(names);
  });

  it('gives a value merged down a column to every row, and a title merged across to one cell', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRows([['客户名单', '', ''], ['区域', '客户名称', '城市'], ['华南', '甲', '深圳'], ['', '乙', '广州'], ['华东', '丙', '上海']]);
      ws.mergeCells('A1:C1');
      ws.mergeCells('A3:A4');
    });
    const t = await readTable('a.xlsx', bytes);
    expect(t.headerRow).toBe(2);
    expect(t.rows).toEqual([
      ['华南', '甲', '深圳'],
      ['华南', '乙', '广州'],
      ['华东', '丙', '上海'],
    ]);
  });

  it('reads the first visible sheet with content, in tab order', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('说明');
      wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['secret']);
      wb.addWorksheet('名单').addRows([['客户名称'], ['甲']]);
      wb.addWorksheet('其他').addRows([['Name'], ['x']]);
    });
    expect(await readTable('a.xlsx', bytes)).toMatchObject({ sheet: '名单', rows: [['甲']] });
  });

  it('refuses a workbook with no content', async () => {
    const bytes = await workbook((wb) => void wb.addWorksheet('Sheet1'));
    expect(await refusal('empty.xlsx', bytes)).toMatchObject({ reason: 'empty' });
  });
});

describe('the user corrects what was guessed', () => {
  const big5List = '客戶名稱,行業,城市\r\n台灣積體電路製造股份有限公司,半導體,新竹\r\n鴻海精密工業股份有限公司,電子製造,新北\r\n統一企業股份有限公司,食品,台南\r\n';

  it('detects Big5 (plain "CSV" from Excel on a Traditional Chinese Windows), not GBK', async () => {
    const t = await readTable('客戶名單.csv', iconv.encode(big5List, 'big5'));
    expect(t).toMatchObject({ encoding: 'big5', headers: ['客戶名稱', '行業', '城市'] });
    expect(t.rows[0]).toEqual(['台灣積體電路製造股份有限公司', '半導體', '新竹']);
  });

  it('still reads simplified GBK as GBK', async () => {
    const t = await readTable('a.csv', iconv.encode('客户名称,城市\r\n深圳华信科技有限公司,深圳\r\n北京宏安物流集团,北京\r\n', 'gbk'));
    expect(t).toMatchObject({ encoding: 'gb18030', rows: [['深圳华信科技有限公司', '深圳'], ['北京宏安物流集团', '北京']] });
  });

  it('reads the file again in the encoding the user chose', async () => {
    const bytes = iconv.encode(big5List, 'big5');
    const asGbk = await readTable('a.csv', bytes, { encoding: 'gb18030' });
    expect(asGbk.encoding).toBe('gb18030');
    expect(asGbk.headers[0]).not.toBe('客戶名稱');
    expect((await readTable('a.csv', bytes, { encoding: 'big5' })).headers[0]).toBe('客戶名稱');
  });

  it('takes the header row the user chose among the first rows, and refuses another', async () => {
    const csv = '2024 客户名单\r\n导出日期,2024-05-01\r\n客户名称,行业\r\n甲,电子\r\n';
    const guessed = await readTable('a.csv', utf8(csv));
    expect(guessed.headerRow).toBe(3);
    expect(guessed.headerChoices.map((c) => c.row)).toEqual([1, 2, 3, 4]);
    expect(guessed.headerChoices[1]).toEqual({ row: 2, preview: '导出日期 | 2024-05-01' });
    const chosen = await readTable('a.csv', utf8(csv), { headerRow: 2 });
    expect(chosen).toMatchObject({ headerRow: 2, headers: ['导出日期', '2024-05-01'], rows: [['客户名称', '行业'], ['甲', '电子']] });
    await expect(readTable('a.csv', utf8(csv), { headerRow: 99 })).rejects.toMatchObject({ params: { reason: 'no_header_row', row: 99 } });
  });

  it('lists a workbook’s visible sheets and reads the one the user chose', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('名单').addRows([['客户名称'], ['甲']]);
      wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['secret']);
      wb.addWorksheet('华南').addRows([['客户名称'], ['乙'], ['丙']]);
      wb.addWorksheet('空白');
    });
    const first = await readTable('a.xlsx', bytes);
    expect(first).toMatchObject({ sheet: '名单', sheets: ['名单', '华南', '空白'] });
    expect(await readTable('a.xlsx', bytes, { sheet: '华南' })).toMatchObject({ sheet: '华南', rows: [['乙'], ['丙']] });
    await expect(readTable('a.xlsx', bytes, { sheet: '空白' })).rejects.toMatchObject({ params: { reason: 'empty_sheet' } });
    await expect(readTable('a.xlsx', bytes, { sheet: '隐藏' })).rejects.toMatchObject({ params: { reason: 'no_sheet' } });
  });
});
