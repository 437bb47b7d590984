import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../shared/records';
import { routesFigures } from '../../../renderer/boards/routes/export/figures';
import { routeFindings, type RouteFinding } from '../../../renderer/boards/routes/export/findings';
import { inputOf } from '../../helpers/exportInput';
import { fillWorkshop } from '../../helpers/filledWorkshop';
import { readPptx } from '../../helpers/pptxRead';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * Issue 11's route findings beyond gaps and conflicts — hand-offs (complementary splits), a family
 * that contradicts its split, a route placed where its linked motions cannot carry the accounts —
 * are in the deck's findings table and the workbook's findings sheet, as the board lists them.
 */
let t: TestService;
let records: AnyRecord[];
let deck: ReturnType<typeof readPptx>;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  t = await startTestService();
  const workshopId = (await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' })).id;
  await fillWorkshop((m, a) => t.ok(m, a), workshopId, 400);
  const dispatch = (command: unknown) => t.ok('dispatch', { workshopId, command });
  // ⑥ is a partner route; the room says its own team does every step: inconsistent.
  await dispatch({ type: 'route.update', id: 'route-regional-si', patch: { steps: { relationship: 'own', discovery: 'own', ownership: 'own', support: 'own' } } });
  // ① is staffed by the dedicated executives, who cover only the integrated accounts; placed for the
  // key accounts too, its accounts exceed their capacity.
  await dispatch({ type: 'placement.add', routeId: 'route-services', segmentId: 'seg-key', offeringId: 'off-solutions' });
  // ④ leaves technical support to the partner and ⑤ does only that: complementary, a hand-off.
  await dispatch({ type: 'route.update', id: 'route-f2f', patch: { steps: { relationship: 'own', discovery: 'own', ownership: 'own', support: 'partner' } } });
  await dispatch({ type: 'route.update', id: 'route-core-partners', patch: { steps: { relationship: 'partner', discovery: 'partner', ownership: 'partner', support: 'shared' } } });
  records = (await t.ok('openWorkshop', { workshopId })).records;
  deck = readPptx(Buffer.from((await t.ok('exportPptx', { workshopId })).dataBase64, 'base64'));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from((await t.ok('exportXlsx', { workshopId })).dataBase64, 'base64') as never);
}, 120_000);
afterAll(() => t.close());

const row = (f: RouteFinding) => [f.kind, f.where, f.what];

describe('the routes board’s findings in the files', () => {
  it('lists hand-offs, inconsistent families and routes over capacity, as the board does', () => {
    const findings = routeFindings(inputOf(records), routesFigures(inputOf(records)));
    const kinds = new Set(findings.map((f) => f.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['交接', '▲ 类型与分工不符', '▲ 超出产能', '■ 冲突', '▲ 缺口']));
    expect(findings.find((f) => f.kind === '▲ 类型与分工不符')).toMatchObject({ where: '6 区域SI通路', what: '合作伙伴通路，却每一步都由自有团队负责' });
    expect(findings.find((f) => f.kind === '▲ 超出产能')!.where).toBe('1 服务通路');
    expect(findings.find((f) => f.kind === '交接')!.what).toMatch(/^交接：\d .+ → \d /);
  });

  it('puts every finding in the deck’s findings table', () => {
    const findings = routeFindings(inputOf(records), routesFigures(inputOf(records)));
    const table = deck.slides.filter((s) => /^分析结果/.test(s.title)).flatMap((s) => s.tables[0]!.slice(1));
    expect(table).toEqual(findings.map(row));
  });

  it('puts every finding on the workbook’s findings sheet, and the hand-off in its grid cell', () => {
    const findings = routeFindings(inputOf(records), routesFigures(inputOf(records)));
    const sheet = wb.getWorksheet('通路分析结果')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '类型', '位置', '内容']);
    const rows: unknown[][] = [];
    sheet.eachRow((r, n) => n > 1 && rows.push((r.values as unknown[]).slice(1).map((v) => v ?? '')));
    expect(rows).toEqual(findings.map(row));
    const grid: string[] = [];
    wb.getWorksheet('通路网格')!.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && grid.push(c.value)));
    expect(grid.some((v) => v.includes('交接：'))).toBe(true);
  });
});
