import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_TABLES, type CsvTable } from '../../../shared/export/formats';
import { isFormulaLike } from '../../../shared/import/csvSafe';
import type { AnyRecord } from '../../../shared/records';
import { csvBytes } from '../../../electron/export/csv/writeCsv';
import { coverageFigures } from '../../../renderer/boards/coverage/export/figures';
import { segmentsFigures } from '../../../renderer/boards/segments/export/figures';
import { fillWorkshop, INJECTED } from '../../helpers/exportWorkshop';
import { inputOf } from '../../helpers/exportInput';
import { startTestService, type TestService } from '../../helpers/service';

const parse = (bytes: Buffer) => Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true }).data;

describe('CSV tables, through the service', () => {
  let t: TestService;
  let records: AnyRecord[];
  let workshopId: string;
  const files = new Map<CsvTable, { fileName: string; bytes: Buffer }>();

  beforeAll(async () => {
    t = await startTestService();
    workshopId = (await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' })).id;
    records = await fillWorkshop(t, workshopId);
    for (const table of CSV_TABLES) {
      const f = await t.ok('exportCsv', { workshopId, table });
      files.set(table, { fileName: f.fileName, bytes: Buffer.from(f.dataBase64, 'base64') });
    }
  });
  afterAll(() => t.close());

  it('writes UTF-8 with a BOM and CRLF line ends, Chinese intact, for every table', () => {
    for (const table of CSV_TABLES) {
      const { bytes, fileName } = files.get(table)!;
      expect([...bytes.subarray(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.includes('\n'), table).toBe(true);
      expect(text.replace(/\r\n/g, '').includes('\n'), `${table}: a bare LF`).toBe(false);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(fileName).toMatch(/^海格物流 \d{4}-\d{2}-\d{2} .+\.csv$/);
    }
    expect(files.get('accounts')!.fileName).toMatch(/ 客户\.csv$/);
    const accounts = parse(files.get('accounts')!.bytes);
    expect(accounts[0]).toEqual(['客户名称', '客户群', '行业', '区域', '城市', '年营业额（¥ M）', '员工人数', '年物流/采购支出（¥ M）', '潜力（¥ M）', '状态', '备注']);
    expect(accounts.length).toBe(1 + 202);
    expect(accounts.some((r) => r[0] === '华信物流7号有限公司' && r[1] === '超大型客户')).toBe(true);
  });

  it('neutralises every cell a spreadsheet would run as a formula, with a single quote', () => {
    const accounts = parse(files.get('accounts')!.bytes);
    expect(accounts.map((r) => r[0])).toContain(`'${INJECTED}`);
    expect(accounts.find((r) => r[0]!.startsWith("'=1"))![0]).toBe("'=1+1");
    expect(accounts.some((r) => r[10] === "'-重点跟进")).toBe(true);
    for (const table of CSV_TABLES) {
      for (const row of parse(files.get(table)!.bytes)) for (const cell of row) expect(isFormulaLike(cell), `${table}: ${cell}`).toBe(false);
    }
  });

  it('writes the segments’ figures and every plan’s placements as the boards compute them', () => {
    const input = inputOf(records);
    const seg = parse(files.get('segments')!.bytes).slice(1);
    const f = segmentsFigures(input);
    [...f.segments, f.unassigned].forEach((c, i) => {
      expect(seg[i]![0]).toBe(c.segment?.name ?? '未分配');
      expect(Number(seg[i]![1])).toBe(c.figures.count);
      expect(Number(seg[i]![2])).toBeCloseTo(c.figures.revenue, 6);
      expect(Number(seg[i]![5])).toBeCloseTo(c.share!, 5);
    });
    const cov = parse(files.get('coverage')!.bytes);
    expect(cov[0]!.slice(0, 6)).toEqual(['方案', '客户群', '覆盖模式', '角色', '客户群客户数', '覆盖比例（%）']);
    const plans = coverageFigures(input).plans;
    for (const plan of plans) {
      const rows = cov.filter((r) => r[0] === plan.scenario.name);
      const placed = rows.filter((r) => r[2] !== '');
      expect(placed.length).toBe(plan.figures.segments.reduce((n, s) => n + s.cells.length, 0));
      // Cells of pooled motions are FTE shares (issue 11): they add up to the plan's exact FTE,
      // which the motions round up to the whole people of the plan total.
      expect(placed.reduce((n, r) => n + Number(r[8]), 0)).toBeCloseTo(plan.figures.totals.fte, 6);
      expect(plan.figures.totals.people).toBeGreaterThanOrEqual(plan.figures.totals.fte - 1e-9);
      expect(rows.filter((r) => r[2] === '').map((r) => r[11])).toEqual(plan.figures.segments.filter((s) => s.cells.length === 0).map(() => '未覆盖'));
    }
    const routes = parse(files.get('routes')!.bytes);
    expect(routes.find((r) => r[0] === '中型企业' && r[1] === '零售和简单交易' && r[5] === '面对面销售')![2]).toBe('冲突');
  });

  it('refuses a table that does not exist, writing nothing', async () => {
    const error = await t.fail('exportCsv', { workshopId, table: 'passwords' });
    expect(error.code).toBe('bad_request');
  });
});

describe('csvBytes', () => {
  it('quotes what needs quoting and leaves numbers alone', () => {
    const bytes = csvBytes({ headers: ['名称', '=营业额'], rows: [['a, "b"', -5], ['行\n二', null], ['@x', 0.5]] });
    expect(bytes.subarray(3).toString('utf8')).toBe(`名称,'=营业额\r\n"a, ""b""",-5\r\n"行\n二",\r\n'@x,0.5\r\n`);
  });
});
