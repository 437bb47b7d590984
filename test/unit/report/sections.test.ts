import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exportInput, type ExportInput } from '../../../shared/export/input';
import { BOARD_IDS } from '../../../shared/records';
import type { Language } from '../../../shared/workshop';
import { translator } from '../../../electron/export/translate';
import { makeFormatters } from '../../../renderer/boards/coverage/formatters';
import { coverageFigures } from '../../../renderer/boards/coverage/export/figures';
import { routesFigures } from '../../../renderer/boards/routes/export/figures';
import { makeSegmentFormat } from '../../../renderer/boards/segments/formatters';
import { segmentsFigures } from '../../../renderer/boards/segments/export/figures';
import { REPORT_SECTIONS } from '../../../renderer/report/sections';
import type { ReportOptions } from '../../../renderer/report/sectionTypes';
import { boardDecisions } from '../../helpers/boardDecisions';
import { startTestService } from '../../helpers/service';

/**
 * The report's sections rendered to HTML from a real workshop (the service on a temp library, the
 * template plus a day's decisions, accounts in the segments), in the workshop's language: what a
 * printed page would say, checked against the board's own figures.
 */
async function decidedWorkshop(language: Language, accounts = 40): Promise<ExportInput> {
  const t = await startTestService();
  try {
    const w = await t.ok('createWorkshop', { name: language === 'en' ? 'Haige "day 1"' : '海格物流研讨会', client: '海格物流', language, templateId: 'sales-transformation' });
    const imported = await t.ok('dispatch', {
      workshopId: w.id,
      command: { type: 'account.import', accounts: Array.from({ length: accounts }, (_, i) => ({ name: `客户 ${String(i + 1).padStart(3, '0')}`, revenue: 10 + i * 40, industry: i % 2 ? '汽车' : '零售' })) },
    });
    const ids = imported.diff.added.map((r) => r.id);
    const tiers = ['seg-integrated', 'seg-key', 'seg-mid', 'seg-smb', 'seg-si', 'seg-isv'];
    for (const [i, segmentId] of tiers.entries()) {
      const part = ids.filter((_, j) => j % tiers.length === i);
      await t.ok('dispatch', { workshopId: w.id, command: { type: 'account.move', ids: part, segmentId, index: 0 } });
    }
    for (const command of boardDecisions(language)) await t.ok('dispatch', { workshopId: w.id, command });
    // A limit the plan exceeds, so the report has an over-limit warning to print.
    await t.ok('dispatch', { workshopId: w.id, command: { type: 'motion.update', id: 'motion-dedicated', patch: { peopleLimit: 1 } } });
    const snap = await t.ok('openWorkshop', { workshopId: w.id });
    return exportInput({ workshop: snap.workshop, records: snap.records, at: new Date(2026, 11, 3), t: translator(language) });
  } finally {
    t.close();
  }
}

function render(input: ExportInput, board: string, options: ReportOptions = { accounts: true }): string {
  const entry = REPORT_SECTIONS.find((s) => s.board === board)!;
  return renderToStaticMarkup(createElement(entry.Section, { input, options }));
}

/** One space for any run of white space (formatters use no-break spaces: "2\u00a0people"). */
const spaces = (s: string) => s.replace(/\s+/g, ' ');
/** The text a reader sees (tags dropped, entities decoded enough for these checks). */
const text = (html: string) => spaces(html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

describe('report sections', () => {
  it('has one section per board, in workshop order', () => {
    // Then the room's work (votes, notes, parking lot, group proposals), after every board.
    expect(REPORT_SECTIONS.map((s) => s.board)).toEqual([...BOARD_IDS, 'facilitation']);
  });

  it('speaks the workshop’s language and names each section by its board', async () => {
    const en = await decidedWorkshop('en', 6);
    const html = render(en, 'coverage');
    expect(html).toContain('aria-labelledby="report-coverage"');
    expect(text(html)).toContain('Coverage models');
    expect(text(html)).not.toMatch(/[\u4e00-\u9fff]/); // no Chinese in an English workshop's section
    const zh = await decidedWorkshop('zh-CN', 6);
    expect(text(render(zh, 'coverage'))).toContain('客户覆盖模式');
  });

  it('prints every plan’s people and cost as the board computes them, with its warnings in words', async () => {
    const input = await decidedWorkshop('zh-CN');
    const html = text(render(input, 'coverage'));
    const f = makeFormatters('zh-CN', 'CNY', (k, v) => input.t(`coverage:${k}`, v));
    const figures = coverageFigures(input);
    expect(figures.plans).toHaveLength(2);
    for (const plan of figures.plans) {
      expect(html).toContain(plan.scenario.name);
      const { people, cost } = plan.figures.totals;
      expect(people).toBeGreaterThan(0);
      expect(html).toContain(spaces(`方案合计：${f.people(people)} · 每年 ${f.money(cost)}`));
      for (const m of plan.figures.motions) expect(html).toContain(spaces(`${m.motion.name} ${f.people(m.people)}`));
    }
    // Plan A leaves the ISV tier uncovered and the dedicated executives over their limit of 10.
    expect(html).toContain('综合需求聚焦的IT方案提供商：未覆盖');
    const dedicated = figures.plans[0]!.figures.motions.find((m) => m.motion.id === 'motion-dedicated')!;
    expect(dedicated.people).toBeGreaterThan(1);
    expect(html).toContain(spaces(`专属客户主管/总监：${f.people(dedicated.people)}，超过上限 ${f.people(1)}`));
    expect(html).toContain('差异（方案 A − 方案 B：伙伴覆盖 ISV）');
  });

  it('marks every gap and conflict of the routes grid in words, not by colour alone', async () => {
    const input = await decidedWorkshop('zh-CN', 6);
    const html = text(render(input, 'routes'));
    const a = routesFigures(input);
    expect(a.gaps.length).toBeGreaterThan(0);
    expect(a.conflicts).toHaveLength(1);
    // In each grid cell, and once more in the findings.
    expect(html.match(/缺口：此格没有通路。/g)).toHaveLength(a.gaps.length);
    expect(html.match(/缺口 · [^：]+：没有通路覆盖/g)).toHaveLength(a.gaps.length);
    expect(html.match(/冲突：多条通路，没有协作规则。/g)).toHaveLength(1);
    expect(html).toContain('冲突 · 超大型客户 · 技术平台和相关服务：4 面对面销售、5 核心业务伙伴——需要协作规则');
    expect(html).toContain('协作规则 · 行业大客户及其他大型客户 · 技术平台和相关服务：500 万元以上的商机由面对面销售主导，伙伴负责交付');
    // Every route's six questions and who does each step of its sales cycle.
    expect(html.match(/产品\/解决方案的目标客户群？/g)).toHaveLength(input.records.route.length);
    expect(html).toContain('年营业额 3 亿元以上的行业大客户');
  });

  it('lists every account under its segment, with the board’s figures, or leaves the lists out on request', async () => {
    const input = await decidedWorkshop('zh-CN');
    const html = text(render(input, 'segments'));
    for (const a of input.records.account) expect(html).toContain(a.name);
    const figures = segmentsFigures(input);
    const f = makeSegmentFormat('zh-CN', 'CNY', (k, v) => input.t(`segments:${k}`, v));
    for (const c of figures.segments) expect(html).toContain(spaces(`${c.segment!.name} ${f.int(c.figures.count)} ${f.money(c.figures.revenue)} ${f.share(c.share)}`));
    const without = text(render(input, 'segments', { accounts: false }));
    expect(without).not.toContain(input.records.account[0]!.name);
    expect(without).toContain('本份报告未列出客户明细（40 家客户）');
  });

  it('shows the agenda’s times and the funnel’s answer', async () => {
    const input = await decidedWorkshop('en', 6);
    expect(text(render(input, 'agenda'))).toMatch(/09:00–09:30 Opening/);
    // 12 target wins at 80 % over four steps: 12 ÷ 0.8⁴ = 29.3 → 30 visits.
    expect(text(render(input, 'method'))).toContain('To win 12, visit 30 customers.');
  });
});
