import ExcelJS from 'exceljs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TableData } from '../../../shared/api';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * A customer list is read off the service's thread: while a national client's workbook is
 * parsed (seconds of CPU), the service keeps answering the other windows and the projector, and
 * the facilitator's Stop ends the read at once.
 */
let t: TestService;
beforeEach(async () => {
  t = await startTestService();
});
afterEach(() => t.close());

const ROWS = 30_000;
let bigCsv: string;
let bigXlsx: string;

beforeAll(async () => {
  const lines = ['客户名称,行业,区域,年营业额（万元）'];
  for (let i = 0; i < ROWS; i++) lines.push(`华南客户${i}有限公司,物流,华南,${1000 + i}`);
  bigCsv = Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户名单');
  ws.addRow(['客户名称', '行业', '区域', '年营业额（万元）']);
  for (let i = 0; i < ROWS; i++) ws.addRow([`华东客户${i}有限公司`, '制造', '华东', 2000 + i]);
  bigXlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}, 60_000);

describe('reading a picked file in a worker thread', () => {
  it('the service answers other calls while a big list is being read', async () => {
    const order: string[] = [];
    const read = t.service.call('readTable', { fileName: '客户名单.csv', dataBase64: bigCsv }).then((r) => {
      order.push('read');
      return r;
    });
    const info = t.service.call('appInfo', {}).then(() => order.push('appInfo'));
    const [r] = await Promise.all([read, info]);
    expect(r.ok && (r.value as TableData).rows.length).toBe(ROWS);
    // In the service's own thread the parse would run to its end before appInfo got a turn.
    expect(order).toEqual(['appInfo', 'read']);
  });

  it('Stop ends a running read at once with read_cancelled; the same id can read again', async () => {
    const readId = 'read-1';
    const read = t.service.call('readTable', { fileName: '客户名单.xlsx', dataBase64: bigXlsx, readId });
    expect(await t.ok('cancelRead', { readId })).toEqual({ cancelled: true });
    const r = await read;
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'read_cancelled', params: { file: '客户名单.xlsx' } });
    // Nothing is left running under that id.
    expect(await t.ok('cancelRead', { readId })).toEqual({ cancelled: false });
    const small = Buffer.from('客户名称\r\n甲公司\r\n', 'utf8').toString('base64');
    const again = await t.ok('readTable', { fileName: '小.csv', dataBase64: small, readId });
    expect(again.rows.map((row) => row[0])).toEqual(['甲公司']);
  });

  it('a workbook read in the worker gives every row, as Excel shows it', async () => {
    const table = await t.ok('readTable', { fileName: '客户名单.xlsx', dataBase64: bigXlsx, readId: 'x' });
    expect(table.rows).toHaveLength(ROWS);
    expect(table.rows[ROWS - 1]).toEqual([`华东客户${ROWS - 1}有限公司`, '制造', '华东', String(2000 + ROWS - 1)]);
  });

  it('a second read under an id still running is refused; the first one is unharmed', async () => {
    const first = t.service.call('readTable', { fileName: 'a.csv', dataBase64: bigCsv, readId: 'same' });
    const second = await t.fail('readTable', { fileName: 'b.csv', dataBase64: bigCsv, readId: 'same' });
    expect(second.code).toBe('conflict');
    const r = await first;
    expect(r.ok && (r.value as TableData).rows.length).toBe(ROWS);
  });

  it('an unknown or malformed stop changes nothing and says why', async () => {
    expect(await t.ok('cancelRead', { readId: 'never-started' })).toEqual({ cancelled: false });
    expect((await t.fail('cancelRead', {})).code).toBe('bad_request');
  });
});
