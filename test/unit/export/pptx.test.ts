import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/api';
import { fromWins } from '../../../shared/calc/funnel';
import { boardTotals, columnFigures, sharePercent } from '../../../shared/calc/segments';
import { MIME_TYPES } from '../../../shared/export/formats';
import { sortByOrder } from '../../../shared/order';
import type { Account, AnyRecord, Route, Segment, Settings } from '../../../shared/records';
import { makeFormatters } from '../../../renderer/boards/coverage/formatters';
import { makeSegmentFormat } from '../../../renderer/boards/segments/formatters';
import { translator } from '../../../electron/export/translate';
import { figuresOf } from '../coverage/fixtures';
import { fillWorkshop, TEMPLATE } from '../../helpers/filledWorkshop';
import { fontSizes, readPptx } from '../../helpers/pptxRead';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * The deck a consultant hands to the client's leadership, exported through the real service from
 * a template workshop whose every board was filled through the real commands (1,500 accounts),
 * unzipped and read back slide by slide.
 */
const ACCOUNTS = 1500;
let t: TestService;
let workshopId: string;
let records: AnyRecord[];
let file: ExportedFile;
let deck: ReturnType<typeof readPptx>;

const zh = translator('zh-CN');
const seg = makeSegmentFormat('zh-CN', 'CNY', (k, v) => zh(`segments:${k}`, v));
const cov = makeFormatters('zh-CN', 'CNY', (k, v) => zh(`coverage:${k}`, v));
const of = <T extends AnyRecord['type']>(type: T) => records.filter((r) => r.type === type) as Extract<AnyRecord, { type: T }>[];
const titled = (title: string | RegExp) => deck.slides.filter((s) => (typeof title === 'string' ? s.title === title : title.test(s.title)));

beforeAll(async () => {
  t = await startTestService();
  workshopId = (await t.ok('createWorkshop', { name: '海格物流 · 销售转型研讨会', client: '海格物流集团', language: 'zh-CN', templateId: 'sales-transformation' })).id;
  await fillWorkshop((m, a) => t.ok(m, a), workshopId, ACCOUNTS);
  records = (await t.ok('openWorkshop', { workshopId })).records;
  const reply = await t.service.call('exportPptx', { workshopId });
  if (!reply.ok) throw new Error(`exportPptx failed: ${reply.error.code} ${reply.error.message}`);
  file = reply.value as ExportedFile;
  deck = readPptx(Buffer.from(file.dataBase64, 'base64'));
}, 120_000);
afterAll(() => t.close());

describe('the PowerPoint deck of a workshop', () => {
  it('comes back through the API as a .pptx named after the workshop and the day', () => {
    expect(file.mime).toBe(MIME_TYPES.pptx);
    expect(file.fileName).toMatch(/^海格物流 · 销售转型研讨会 \d{4}-\d{2}-\d{2}\.pptx$/);
    expect(Buffer.from(file.dataBase64, 'base64').length).toBe(file.bytes);
    expect(deck.part('[Content_Types].xml')).toContain('presentationml.slide+xml');
    expect(deck.part('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/); // 16:9, 13.33 × 7.5 in
  });

  it('opens with the workshop, the client and the date, then the agenda, then every board in workshop order', () => {
    const cover = deck.slides[0]!.texts.join('\n');
    expect(cover).toContain('海格物流 · 销售转型研讨会');
    expect(cover).toContain('客户：海格物流集团');
    expect(cover).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(deck.slides[1]!.title).toBe('议程');
    expect(deck.slides[1]!.tables[0]!.map((r) => r[1]!.split('\n')[0])).toEqual(['环节', ...sortByOrder(of('agendaItem')).map((a) => a.title)]);
    const order = ['客户群及其关键数据', '覆盖矩阵 · 方案 A', '市场通路矩阵：客户群层级 × 产品类型', '销售阶段与赢率', '销售漏斗计算器', '客户名单 · 超大型客户'];
    const at = order.map((title) => deck.slides.findIndex((s) => s.title.startsWith(title)));
    expect(at.every((i) => i > 1)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The footer names the client and the date on every content slide; the number is PowerPoint's own field.
    expect(deck.part('ppt/slideMasters/slideMaster1.xml') + deck.part('ppt/slideLayouts/slideLayout2.xml')).toContain('海格物流集团');
    expect(deck.slides[2]!.xml).toContain('type="slidenum"');
  });

  it('shows each segment with the count, revenue, share and average the board computes', () => {
    const accounts = of('account');
    const segments = sortByOrder(of('segment'));
    const columns = segments.map((s) => columnFigures(accounts.filter((a) => a.segmentId === s.id)));
    const totals = boardTotals([...columns, columnFigures(accounts.filter((a) => a.segmentId === null))]);
    const table = titled('客户群及其关键数据')[0]!.tables[0]!;
    expect(table[0]).toEqual(['客户群', '客户数', '年营业额', '占比', '平均营业额']);
    segments.forEach((s, i) => {
      const f = columns[i]!;
      expect(table.find((r) => r[0] === s.name)).toEqual([s.name, seg.int(f.count), seg.money(f.revenue), seg.share(sharePercent(f.revenue, totals.revenue)), seg.money(f.average!)]);
    });
    expect(table.at(-1)).toEqual(['全部客户', seg.int(ACCOUNTS), seg.money(totals.revenue), seg.share(100), seg.money(totals.average!)]);
  });

  it('draws each plan’s matrix with people and cost per cell, per motion and for the plan', () => {
    for (const [id, name] of [
      [TEMPLATE.planA, '方案 A'],
      [TEMPLATE.planB, '方案 B：伙伴覆盖中型企业'],
    ] as const) {
      const plan = figuresOf(records, id);
      // The matrix may continue on a second slide (FTE cells and territory teams take more room).
      const tables = titled(new RegExp(`^覆盖矩阵 · ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(（续 \\d/\\d）)?$`)).map((sl) => sl.tables[0]!);
      expect(tables.length).toBeGreaterThan(0);
      const table = tables.flat();
      const key = plan.segments.find((s) => s.segment.id === 'seg-key')!;
      const row = table.find((r) => r[0]!.startsWith(key.segment.name))!;
      const industry = key.cells.find((c) => c.coverage.motionId === 'motion-industry')!;
      const col = 1 + plan.motions.findIndex((m) => m.motion.id === 'motion-industry');
      expect(row[col]).toContain(`${cov.cellPeople(industry.people, industry.whole)} · ${cov.money(industry.cost)}`);
      // A row with a pooled motion shows the FTE it uses (issue 11); whole people otherwise.
      expect(row.at(-1)).toContain(`${cov.cellPeople(key.people, key.cells.every((c) => c.whole))} · ${cov.money(key.cost)}`);
      const foot = table.at(-2)!;
      expect(foot.at(-1)).toBe(`${cov.people(plan.totals.people)}\n${cov.money(plan.totals.cost)}`);
      plan.motions.forEach((m, i) => expect(foot[i + 1]).toMatch(new RegExp(`^${cov.people(m.people)}`)));
      // Under them, people per role (named by the workshop's role records) and the quota they carry (issue 11).
      const roles = table.at(-1)!;
      expect(roles[0]).toBe('各角色人数\n承担的年度指标');
      plan.motions.forEach((m, i) =>
        expect(roles[i + 1]).toBe(`猎手 ${m.rolePeople.hunter}，农夫 ${m.rolePeople.farmer}，辅导员 ${m.rolePeople.coach}\n${m.quota > 0 ? cov.money(m.quota) : '—'}`),
      );
      expect(plan.totals.quotaCoverage).not.toBeNull();
      expect(roles.at(-1)).toContain(`指标 ${cov.money(plan.totals.quota)} = 覆盖潜力 ${cov.money(plan.totals.potential)} 的 ${cov.share(plan.totals.quotaCoverage!)}`);
    }
    // Plan A leaves the ISVs uncovered and the dedicated team over its limit: both are marked, in words too.
    const a = figuresOf(records, TEMPLATE.planA);
    const matrix = titled(/^覆盖矩阵 · 方案 A(（续 \d\/\d）)?$/).flatMap((sl) => sl.tables[0]!);
    expect(matrix.find((r) => r[0]!.startsWith('综合需求聚焦的IT方案提供商'))!.at(-1)).toMatch(/^▲\d+ 未覆盖$/);
    const warnings = titled('警告与提示 · 方案 A')[0]!.tables[0]!;
    expect(warnings.length - 1).toBe(a.warnings.length);
    expect(warnings.map((r) => r[2]).join('\n')).toContain(`${cov.people(a.motions[0]!.people)}，超过上限 ${cov.people(10)}`);
    expect(titled(/^方案 B：伙伴覆盖中型企业 与 方案 A 对比/)).toHaveLength(1);
  });

  it('has a native chart for revenue share, people and cost by motion in every plan, and the funnel, with the board’s numbers', () => {
    expect(deck.charts.map((c) => c.type)).toEqual(['doughnutChart', 'barChart', 'barChart', 'barChart', 'barChart', 'barChart']);
    const accounts = of('account');
    const segments = sortByOrder(of('segment'));
    const revenue = deck.charts[0]!.series[0]!;
    expect(revenue.labels).toEqual([...segments.map((s) => s.name), '未分配']);
    expect(revenue.values).toEqual([...segments.map((s) => columnFigures(accounts.filter((a) => a.segmentId === s.id)).revenue), columnFigures(accounts.filter((a) => a.segmentId === null)).revenue].map((v) => expect.closeTo(v, 6)));
    const a = figuresOf(records, TEMPLATE.planA);
    expect(deck.charts[1]!.series[0]).toEqual({ name: '人数', labels: a.motions.map((m) => m.motion.name), values: a.motions.map((m) => m.people) });
    expect(deck.charts[2]!.series[0]!.values).toEqual(a.motions.map((m) => Math.round(m.cost * 100) / 100));
    const funnel = (of('settings')[0] as Settings).funnel!;
    expect(deck.charts[5]!.series[0]!.values).toEqual(fromWins(funnel.steps, funnel.targetWins).map((r) => r.count));
    expect(deck.charts[5]!.series[0]!.labels).toEqual(funnel.steps.map((s) => s.name));
  });

  it('lists every account once, each segment continued over as many slides as it needs', () => {
    const lists = titled(/^客户名单 · /);
    const names = lists.flatMap((s) => s.texts.filter((x) => x !== s.title && !x.startsWith(s.title.slice(0, 4))).flatMap((x) => x.split('\n')));
    const accounts = of('account');
    for (const a of accounts.slice(0, 200)) expect(names).toContain(a.name);
    const listed = new Set(names);
    expect(accounts.filter((a) => !listed.has(a.name))).toEqual([]);
    // The biggest segment does not fit one slide: its slides say which part of how many they are.
    const smb = accounts.filter((a: Account) => a.segmentId === 'seg-smb').length;
    const continued = titled(/^客户名单 · 中小型客户（续 \d+\/\d+）$/);
    expect(smb).toBeGreaterThan(200);
    expect(continued.length).toBeGreaterThan(1);
    expect(continued.map((s) => s.title)).toEqual(continued.map((_, i) => `客户名单 · 中小型客户（续 ${i + 1}/${continued.length}）`));
  });

  it('never sets text below 10 pt, on slides or in charts', () => {
    const parts = Object.keys(deck.files).filter((n) => /^ppt\/(slides|charts|slideMasters|slideLayouts)\/[^/]+\.xml$/.test(n));
    const sizes = parts.flatMap((n) => fontSizes(deck.part(n)));
    expect(sizes.length).toBeGreaterThan(1000);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });

  it('is in Chinese, with Arial for Latin and Microsoft YaHei for East Asian text, as theme fonts every run inherits', () => {
    const all = deck.slides.map((s) => s.xml).join('');
    expect(all).toContain('lang="zh-CN"');
    expect(all).not.toMatch(/<a:(?:latin|ea) typeface="(?!\+)/); // runs name no font of their own
    const theme = deck.part('ppt/theme/theme1.xml');
    for (const font of ['majorFont', 'minorFont']) {
      const block = new RegExp(`<a:${font}>([\\s\\S]*?)</a:${font}>`).exec(theme)![1]!;
      expect(block).toContain('<a:latin typeface="Arial"/>');
      expect(block).toContain('<a:ea typeface="Microsoft YaHei"/>');
      expect(block).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
    }
  });

  it('is a package PowerPoint opens without repair: one paragraph-properties element per paragraph, first; unique shape ids', () => {
    for (const s of deck.slides) {
      for (const p of s.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const props = [...p[1]!.matchAll(/<a:pPr\b/g)];
        expect(props.length).toBeLessThanOrEqual(1);
        if (props.length) expect(p[1]!.startsWith('<a:pPr')).toBe(true);
      }
      const ids = [...s.xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('keeps everything on its slide: no shape or table reaches into the footer or off the page', () => {
    const EMU = 914400;
    for (const s of deck.slides) {
      const bottom = s.index === 1 ? 7.5 : 6.9; // the cover runs to the edge; content stops above the footer
      for (const [shape] of s.xml.matchAll(/<p:(?:sp|graphicFrame)>[\s\S]*?<\/p:(?:sp|graphicFrame)>/g)) {
        if (shape.includes('type="slidenum"')) continue; // the master's number field, in the footer
        const m = /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape)!;
        const [x, y, w, h] = [m[1], m[2], m[3], m[4]].map((v) => Number(v) / EMU) as [number, number, number, number];
        // A table's frame says nothing of its height: its rows do.
        const rows = [...shape.matchAll(/<a:tr h="(\d+)"/g)];
        const height = rows.length ? rows.reduce((sum, r) => sum + Number(r[1]) / EMU, 0) : h;
        expect(x + w, `slide ${s.index} “${s.title}”`).toBeLessThanOrEqual(13.34);
        expect(y + height, `slide ${s.index} “${s.title}”`).toBeLessThanOrEqual(bottom);
      }
    }
  });

  it('marks the routes grid’s gaps and conflicts in words, and gives each route its six answers and its sales-cycle split', () => {
    const grid = titled('市场通路矩阵：客户群层级 × 产品类型')[0]!.texts.join('\n');
    expect(grid).toContain('▲ 缺口：没有通路覆盖');
    expect(grid).toContain('■ 冲突：需要协作规则');
    expect(grid).toContain('规则： 项目金额超过 500 万元由面对面销售主导，伙伴负责交付与支持。');
    const routes = sortByOrder(of('route'));
    const overview = titled('各通路及销售周期分工')[0]!.tables[0]!;
    expect(overview.slice(1).map((r) => r[0])).toEqual(routes.map((r) => `${r.number} ${r.name}`));
    expect(overview[2]!.slice(5)).toEqual(['共同', '合作伙伴', '合作伙伴', '共同']); // 2 主要ISV
    const f2f = routes.find((r) => r.id === 'route-f2f') as Route;
    const detail = titled(`通路 4 面对面销售`)[0]!.tables[0]!;
    expect(detail.slice(1).map((r) => r[2])).toEqual([...f2f.questions.slice(0, 4).map((q) => q.answer), '▲ 尚未回答', '已在研讨中确认（未记录答案）']);
    const segments = new Map(of('segment').map((s: Segment) => [s.id, s.name]));
    expect(titled(`通路 4 面对面销售`)[0]!.texts.join('\n')).toContain(`${segments.get('seg-integrated')} · 技术平台和相关服务`);
  });
});
