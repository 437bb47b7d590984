import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TableData } from '../../../shared/api';
import { detectMapping, prepareImport } from '../../../shared/import';
import type { Account } from '../../../shared/records';
import { startTestService, type TestService } from '../../helpers/service';

let t: TestService;
let workshopId: string;
beforeEach(async () => {
  t = await startTestService();
  workshopId = (await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' })).id;
});
afterEach(() => t.close());

const accounts = async () => (await t.ok('openWorkshop', { workshopId })).records.filter((r): r is Account => r.type === 'account');
const read = (fileName: string, bytes: Buffer) => t.ok('readTable', { fileName, dataBase64: bytes.toString('base64') });

const GBK_LIST = [
  '客户名称,行业,区域,年营业额（万元）,员工人数,备注',
  '深圳华信电子有限公司,电子制造,华南,"120,000",800,重点跟进',
  '广州恒达集团,快消品,华南,abc,200,',
  ',零售,华东,500,10,没有名字',
  '上海鑫泰有限公司,汽车,华东,"35,000",1500,"=HYPERLINK(""http://x"",""点击"")"',
].join('\r\n');

describe('importing a customer list through the service', () => {
  it('reads a GBK file with a Chinese name, imports the good rows into Unassigned as one undo step', async () => {
    const table: TableData = await read('客户名单.csv', iconv.encode(GBK_LIST, 'gbk'));
    expect(table).toMatchObject({ fileName: '客户名单.csv', encoding: 'gb18030' });
    const plan = prepareImport(table, detectMapping(table), { usdRate: 7.2 });
    expect(plan.problems.map((p) => [p.row, p.header, p.code])).toEqual([
      [3, '年营业额（万元）', 'not_a_number'],
      [4, '客户名称', 'name_missing'],
    ]);
    const before = await t.ok('openWorkshop', { workshopId });
    const result = await t.ok('dispatch', { workshopId, command: { type: 'account.import', accounts: plan.accounts } });
    expect(result.version).toBe(before.version + 1);

    const imported = (await accounts()).sort((a, b) => (a.order < b.order ? -1 : 1));
    expect(imported.map((a) => [a.name, a.revenue, a.employees, a.segmentId])).toEqual([
      ['深圳华信电子有限公司', 1200, 800, null],
      ['上海鑫泰有限公司', 350, 1500, null],
    ]);
    expect(imported[1]?.notes).toBe('=HYPERLINK("http://x","点击")');
    expect(result.undo).toMatchObject({ canUndo: true, undoType: 'account.import' });

    await t.ok('undo', { workshopId });
    expect(await accounts()).toEqual([]);
    await t.ok('redo', { workshopId });
    expect(await accounts()).toHaveLength(2);
  });

  it('a malformed file is refused with its reason and writes nothing', async () => {
    const before = await t.ok('openWorkshop', { workshopId });
    const e = await t.fail('readTable', { fileName: '客户名单.csv', dataBase64: Buffer.from('名称,备注\n"甲,坏\n').toString('base64') });
    expect(e).toMatchObject({ code: 'import_failed', params: { reason: 'malformed', file: '客户名单.csv' } });
    const xls = await t.fail('readTable', { fileName: 'old.xls', dataBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString('base64') });
    expect(xls).toMatchObject({ code: 'import_failed', params: { reason: 'xls' } });
    const after = await t.ok('openWorkshop', { workshopId });
    expect(after.version).toBe(before.version);
    expect(t.events.filter((ev) => ev.kind === 'change')).toHaveLength(0);
  });

  it('the command refuses an account the schema would not store, and writes nothing', async () => {
    const e = await t.fail('dispatch', { workshopId, command: { type: 'account.import', accounts: [{ name: 'ok' }, { name: '  ' }] } });
    expect(e.code).toBe('invalid_command');
    const neg = await t.fail('dispatch', { workshopId, command: { type: 'account.import', accounts: [{ name: 'ok', revenue: -1 }] } });
    expect(neg.code).toBe('invalid_command');
    expect(await accounts()).toEqual([]);
  });

  it('appends after the accounts already in Unassigned, keeping file order', async () => {
    await t.ok('dispatch', { workshopId, command: { type: 'account.add', segmentId: null, values: { name: '已有客户' } } });
    await t.ok('dispatch', { workshopId, command: { type: 'account.import', accounts: [{ name: '甲' }, { name: '乙' }, { name: '丙' }] } });
    const names = (await accounts()).sort((a, b) => (a.order < b.order ? -1 : 1)).map((a) => a.name);
    expect(names).toEqual(['已有客户', '甲', '乙', '丙']);
  });
});
