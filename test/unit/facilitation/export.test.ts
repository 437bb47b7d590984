import ExcelJS from 'exceljs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportInput } from '../../../shared/export/input';
import { translator } from '../../../electron/export/translate';
import { FacilitationReport } from '../../../renderer/facilitation/export/FacilitationReport';
import { routesCellKey } from '../../../shared/breakout/state';
import { readPptx } from '../../helpers/pptxRead';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * The room's work in the files: a closed vote, a hidden open one, a note, a parked question and a
 * group's routes proposal, exported through the real service as the export menu does.
 */
describe('facilitation exports', () => {
  let t: TestService;
  let workshopId: string;
  beforeAll(async () => {
    t = await startTestService();
    const w = await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    workshopId = w.id;
    const dispatch = (command: Record<string, unknown>) => t.ok('dispatch', { workshopId, command });
    const values = { board: 'segments', itemType: 'segment', itemIds: ['seg-mid', 'seg-key'], groups: ['第一组'], dotsPerGroup: 2 };
    await dispatch({ type: 'vote.open', id: 'v1', values: { ...values, question: '先攻哪个客户群？', hideResults: true } });
    await dispatch({ type: 'vote.dot', id: 'v1', group: 0, itemId: 'seg-mid' });
    await dispatch({ type: 'vote.dot', id: 'v1', group: 0, itemId: 'seg-mid' });
    await dispatch({ type: 'vote.close', id: 'v1' });
    await dispatch({ type: 'vote.open', id: 'v2', values: { ...values, question: '下午再投一次', hideResults: true } });
    await dispatch({ type: 'vote.dot', id: 'v2', group: 0, itemId: 'seg-key' });
    await dispatch({ type: 'note.add', values: { board: 'routes', text: '伙伴和电销在抢同一批客户', author: '第二组', anchor: null } });
    await dispatch({ type: 'parking.add', values: { text: '伙伴返点怎么定？', owner: '王总', status: 'open', board: 'routes', answer: '' } });
    await dispatch({ type: 'breakoutGroup.add', id: 'g1', values: { name: '第一组' } });
    await dispatch({ type: 'breakout.copy', id: 'c1', groupId: 'g1', board: 'routes' });
    await dispatch({ type: 'breakout.set', id: 'c1', key: routesCellKey('seg-si', 'off-retail'), to: 'route-tele-online' });
  });
  afterAll(() => t.close());

  it('the workbook has a sheet each for votes, notes, the parking lot and the groups’ proposals', async () => {
    const file = await t.ok('exportXlsx', { workshopId });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    expect(wb.worksheets.map((s) => s.name).slice(-4)).toEqual(['投票', '便签', '停车场', '分组提案']);
    const votes = wb.getWorksheet('投票')!;
    const rows = votes.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 6));
    expect(rows).toEqual([
      ['先攻哪个客户群？', '已结束', 1, '中型企业', 2],
      ['先攻哪个客户群？', '已结束', 2, '行业大客户及其他大型客户', 0],
      // The open vote's hidden result is not given away by the file either.
      ['下午再投一次', '进行中', undefined, '投票结束前结果隐藏'],
    ]);
    const breakout = wb.getWorksheet('分组提案')!;
    expect((breakout.getRow(2).values as unknown[]).slice(1, 6)).toEqual(['第一组', '市场通路', '主要IT方案提供商 · 零售和简单交易', '空白（无通路）', '7 电话网上销售']);
    expect((wb.getWorksheet('停车场')!.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['伙伴返点怎么定？', '王总', '待处理']);
  });

  it('the deck has a slide per vote, the notes, the parking lot and each proposal with its consequences', async () => {
    const file = await t.ok('exportPptx', { workshopId });
    const deck = readPptx(Buffer.from(file.dataBase64, 'base64'));
    const titles = deck.slides.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['先攻哪个客户群？', '下午再投一次', '会场便签', '停车场', '第一组的提案 · 市场通路']));
    const proposal = deck.slides.find((s) => s.title === '第一组的提案 · 市场通路')!;
    expect(proposal.texts.join(' ')).toContain('通路空白 1');
    expect(proposal.tables[0]!.at(-1)).toEqual(['主要IT方案提供商 · 零售和简单交易', '空白（无通路）', '7 电话网上销售']);
  });

  it('the report has the room’s section, built from the same figures', async () => {
    const snap = await t.ok('openWorkshop', { workshopId });
    const input = exportInput({ workshop: snap.workshop, records: snap.records, at: new Date(), t: translator('zh-CN') });
    const html = renderToStaticMarkup(createElement(FacilitationReport, { input, options: { accounts: false } }));
    expect(html).toContain('会场成果：投票、便签、停车场、分组提案');
    expect(html).toContain('伙伴和电销在抢同一批客户');
    expect(html).toContain('第一组的提案 · 市场通路');
    expect(html).toContain('投票结束前结果隐藏');
  });
});
