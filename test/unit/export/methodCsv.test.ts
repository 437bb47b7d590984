import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsvTable } from '../../../shared/export/formats';
import { isFormulaLike } from '../../../shared/import/csvSafe';
import type { AnyRecord } from '../../../shared/records';
import { opportunitiesFigures } from '../../../renderer/boards/opportunities/export/figures';
import { inputOf } from '../../helpers/exportInput';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * Issue 12's boards as CSV tables (opportunities, weighted pipeline, assessments, plans, review
 * cadence), through the service, from the logistics example workshop: the same figures the
 * boards show, with the CSV rules every table follows (BOM, CRLF, formulas neutralised).
 */
const parse = (bytes: Buffer) => Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true }).data;
const NEW_TABLES: CsvTable[] = ['opportunities', 'pipeline', 'assessments', 'plans', 'cadence'];

describe('the method boards’ CSV tables', () => {
  let t: TestService;
  let records: AnyRecord[];
  const files = new Map<CsvTable, { fileName: string; bytes: Buffer }>();

  beforeAll(async () => {
    t = await startTestService();
    const workshopId = (await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'logistics-example' })).id;
    // A name a spreadsheet would run as a formula, typed in the room.
    await t.ok('dispatch', { workshopId, command: { type: 'opportunity.add', values: { name: '=HYPERLINK("x")', accountId: 'acc-ex-3', value: 3 } } });
    records = (await t.ok('openWorkshop', { workshopId })).records;
    for (const table of NEW_TABLES) {
      const f = await t.ok('exportCsv', { workshopId, table });
      files.set(table, { fileName: f.fileName, bytes: Buffer.from(f.dataBase64, 'base64') });
    }
  });
  afterAll(() => t.close());

  it('writes each as UTF-8 with a BOM and CRLF, named in the workshop’s language, no cell runnable as a formula', () => {
    const names: Partial<Record<CsvTable, string>> = { opportunities: '商机', pipeline: '加权销售漏斗', assessments: '商机评估', plans: '客户与商机计划', cadence: '例会节奏' };
    for (const table of NEW_TABLES) {
      const { bytes, fileName } = files.get(table)!;
      expect([...bytes.subarray(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
      // Rows end in CRLF; only a plan's multi-line part keeps its own line breaks, inside quotes.
      if (table !== 'plans') expect(bytes.toString('utf8').replace(/\r\n/g, '').includes('\n'), `${table}: a bare LF`).toBe(false);
      expect(bytes.toString('utf8').endsWith('\r\n'), table).toBe(true);
      expect(fileName).toMatch(new RegExp(` ${names[table]!}\\.csv$`));
      for (const row of parse(bytes)) for (const cell of row) expect(isFormulaLike(cell), `${table}: ${cell}`).toBe(false);
    }
    expect(parse(files.get('opportunities')!.bytes).map((r) => r[0])).toContain(`'=HYPERLINK("x")`);
  });

  it('lists the opportunities with the board’s weighted value and assessment', () => {
    const f = opportunitiesFigures(inputOf(records));
    const [header, ...rows] = parse(files.get('opportunities')!.bytes);
    expect(header!.slice(0, 7)).toEqual(['商机', '客户', '客户群', '阶段', '金额（¥ M）', '赢单概率（%）', '加权金额（¥ M）']);
    expect(rows).toHaveLength(f.rows.length);
    const cold = rows.find((r) => r[0] === '冷链运输年度合同（示例）')!;
    expect(cold.slice(1, 7)).toEqual(['鲜达食品零售（示例）', '超大型客户', '确认商机', '35', '25', '8.75']);
    expect(cold.slice(-3)).toEqual(['进一步确认', '45', '25']);
  });

  it('gives the weighted pipeline by stage, segment and route, its total and the gap to the target', () => {
    const { pipeline, gap, settings } = opportunitiesFigures(inputOf(records));
    const rows = parse(files.get('pipeline')!.bytes).slice(1);
    const byStage = rows.filter((r) => r[0] === '按阶段');
    expect(byStage.map((r) => [r[1], Number(r[2]), Number(r[4])])).toEqual(pipeline.byStage.map((s) => [s.key.name, s.count, expect.closeTo(s.weighted, 6)]));
    expect(Number(rows.find((r) => r[0] === '合计')![4])).toBeCloseTo(pipeline.total.weighted, 6);
    expect(rows.find((r) => r[0] === '距目标缺口')!.slice(1, 4)).toEqual([settings.period, '', String(gap.gap)]);
    expect(rows.filter((r) => r[0] === '按客户群').length).toBe(pipeline.bySegment.length);
  });

  it('writes every assessment criterion scored, each opportunity’s total and recommendation, and every plan part', () => {
    const rows = parse(files.get('assessments')!.bytes).slice(1);
    const totals = rows.filter((r) => r[1] === '合计');
    expect(totals.map((r) => r[5])).toEqual(expect.arrayContaining(['全力争取', '进一步确认', '放弃', '尚未评估']));
    const plans = parse(files.get('plans')!.bytes).slice(1);
    expect(plans.some((r) => r[0] === '商机计划：华南区域仓配一体化（示例）' && r[1] === '决策人')).toBe(true);
    expect(plans.some((r) => r[0] === '客户计划：鲜达食品零售（示例）' && r[1] === '业务现状')).toBe(true);
    const cadence = parse(files.get('cadence')!.bytes);
    expect(cadence).toHaveLength(1 + 5);
    expect(cadence[1]!.slice(0, 2)).toEqual(['第 1 天', '客户回顾']);
  });
});
