import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPptx } from '../../helpers/pptxRead';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * The opportunity board in the files: a workshop with three practice opportunities on imported
 * accounts, exported through the service as the Export menu does, read back.
 */
describe('opportunities in the deck and the workbook', () => {
  let t: TestService;
  let workshopId: string;
  beforeAll(async () => {
    t = await startTestService();
    const w = await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    workshopId = w.id;
    const dispatch = (command: Record<string, unknown>) => t.ok('dispatch', { workshopId, command });
    await dispatch({ type: 'account.import', accounts: [{ name: '深圳华信电子' }, { name: '上海远盛快消' }] });
    const snap = await t.ok('openWorkshop', { workshopId });
    const acc = snap.records.filter((r) => r.type === 'account').map((r) => r.id);
    await dispatch({ type: 'opportunity.add', id: 'o1', values: { name: '华南仓配一体化', accountId: acc[0], value: 120 } });
    await dispatch({ type: 'opportunity.add', id: 'o2', stageId: 'stage-propose', values: { name: '冷链运输外包', accountId: acc[1], value: 40 } });
    await dispatch({ type: 'opportunity.add', id: 'o3', stageId: 'stage-agree', values: { name: '电商大促干线', accountId: acc[1], value: 20 } });
    await dispatch({
      type: 'opportunity.update',
      id: 'o2',
      patch: { plan: { answers: { 'stage-identify': '冷库容量不足' }, decisionMakers: [{ name: '李总', title: '供应链总监', role: 'decisionMaker', attitude: 'supporter' }], competitors: [], nextSteps: '' } },
    });
    await dispatch({ type: 'accountPlan.save', accountId: acc[1], patch: { situation: '华东快消分销商' } });
  });
  afterAll(() => t.close());

  it('the workbook lists them with a live weighted formula and totals, cached at the board’s figures', async () => {
    const file = await t.ok('exportXlsx', { workshopId });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    const sheet = wb.getWorksheet('商机')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('华南仓配一体化');
    const weighted = sheet.getRow(2).getCell(6).value as ExcelJS.CellFormulaValue;
    expect(weighted.formula).toBe('D2*E2');
    expect(weighted.result).toBe(12);
    const total = sheet.getRow(5).getCell(6).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe('SUM(F2:F4)');
    expect(total.result).toBe(12 + 20 + 15);
  });

  it('the deck has the pipeline with the funnel chart by stage and the list of opportunities', async () => {
    const file = await t.ok('exportPptx', { workshopId });
    const deck = readPptx(Buffer.from(file.dataBase64, 'base64'));
    const funnel = deck.slides.find((s) => s.title === '各阶段漏斗：金额与加权金额');
    expect(funnel, 'funnel slide').toBeDefined();
    const chart = deck.charts.at(-1)!;
    expect(chart.series.map((s) => s.values)).toEqual([
      [120, 0, 40, 20, 0],
      [12, 0, 20, 15, 0],
    ]);
    const list = deck.slides.find((s) => s.title === '演练商机')!;
    expect(list.tables[0]!.map((r) => r[0])).toEqual(['商机', '华南仓配一体化', '冷链运输外包', '电商大促干线']);
    expect(deck.slides.flatMap((s) => s.texts).join(' ')).toContain('¥ 47 M');
    // The plans filled in the room, one table each.
    const plan = deck.slides.find((s) => s.title === '商机计划：冷链运输外包')!;
    expect(plan.tables[0]).toEqual([
      ['部分', '内容'],
      ['识别商机', '冷库容量不足'],
      ['决策人', '李总, 供应链总监 (决策者 · 支持)'],
    ]);
    expect(deck.slides.find((s) => s.title === '客户计划：上海远盛快消')!.tables[0]![1]).toEqual(['业务现状', '华东快消分销商']);
  });
});
