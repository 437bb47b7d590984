import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportInput } from '../../../shared/export/input';
import type { AnyRecord } from '../../../shared/records';
import { coverageFigures } from '../../../renderer/boards/coverage/export/figures';
import { methodFigures } from '../../../renderer/boards/method/export/figures';
import { segmentsFigures } from '../../../renderer/boards/segments/export/figures';
import { fillWorkshop, INJECTED, INJECTED_SUM } from '../../helpers/exportWorkshop';
import { inputOf } from '../../helpers/exportInput';
import { startTestService, type TestService } from '../../helpers/service';
import { convertWith, CSV_ALL_SHEETS, sheetCsvPath, sofficeMissing } from '../../helpers/soffice';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The real reader: LibreOffice opens the exported workbook, recalculates every formula (a fresh
 * profile set to always recalculate) and writes each sheet as CSV. The recalculated coverage
 * plans must equal the board's figures: this is what proves the formulas compute, because the
 * cached results alone would agree by construction. One soffice run converts all four files.
 */
const missing = sofficeMissing();
if (missing) console.log(`[skip] XLSX in LibreOffice: ${missing}`);

interface Figures {
  covered: number;
  people: number;
  cost: number;
}

/** The coverage plans as the board computes them, keyed "plan|segment (or label)|motion". */
function expectedPlans(input: ExportInput): Map<string, Figures> {
  const out = new Map<string, Figures>();
  const motionName = new Map(input.records.motion.map((m) => [m.id, m.name]));
  for (const { scenario, figures } of coverageFigures(input).plans) {
    for (const s of figures.segments) {
      for (const c of s.cells) out.set(`${scenario.name}|${s.segment.name}|${motionName.get(c.coverage.motionId)}`, { covered: c.accounts, people: c.people, cost: c.cost });
    }
    for (const m of figures.motions) out.set(`${scenario.name}|${input.t('coverage:export.byMotion')}|${m.motion.name}`, { covered: m.accounts, people: m.people, cost: m.cost });
    out.set(`${scenario.name}|${input.t('coverage:export.planTotal')}|`, { covered: figures.totals.accountsCovered, people: figures.totals.people, cost: figures.totals.cost });
  }
  return out;
}

/** The rows of LibreOffice's CSV of the coverage plans sheet that carry people, keyed as above. */
function recalculatedPlans(csvFile: string): Map<string, Figures> {
  const rows = Papa.parse<string[]>(fs.readFileSync(csvFile, 'utf8'), { skipEmptyLines: true }).data;
  const [header, ...body] = rows;
  const col = (name: string) => header!.indexOf(name);
  const [plan, segment, motion, covered, people, cost] = ['方案', '客户群', '覆盖模式', '覆盖客户数', '所需人数', '年成本（¥ M）'].map(col);
  const out = new Map<string, Figures>();
  for (const r of body) {
    if (r[people!] === '') continue;
    out.set(`${r[plan!]}|${r[segment!]}|${r[motion!]}`, { covered: Number(r[covered!]), people: Number(r[people!]), cost: Number(r[cost!]) });
  }
  return out;
}

/** Every key whose recalculated figures differ from the board's (or that one side lacks). */
function mismatches(actual: Map<string, Figures>, expected: Map<string, Figures>): string[] {
  const keys = new Set([...actual.keys(), ...expected.keys()]);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return [...keys].filter((k) => {
    const a = actual.get(k);
    const e = expected.get(k);
    // Whole people must match exactly; a pooled motion's cell is a fraction (FTE), compared as one.
    const people = (x: number, y: number) => (Number.isInteger(y) ? x === y : close(x, y));
    return !a || !e || !people(a.people, e.people) || !close(a.covered, e.covered) || !close(a.cost, e.cost);
  });
}

interface RoleFigures {
  hunter: number;
  farmer: number;
  coach: number;
  quota: number;
}

/** People per role and quota carried of every by-motion row and plan total, as the board computes them. */
function expectedRoles(input: ExportInput): Map<string, RoleFigures> {
  const out = new Map<string, RoleFigures>();
  for (const { scenario, figures } of coverageFigures(input).plans) {
    for (const m of figures.motions) out.set(`${scenario.name}|${input.t('coverage:export.byMotion')}|${m.motion.name}`, { ...m.rolePeople, quota: m.quota });
    out.set(`${scenario.name}|${input.t('coverage:export.planTotal')}|`, { ...figures.totals.rolePeople, quota: figures.totals.quota });
  }
  return out;
}

/** The same rows of LibreOffice's recalculated CSV (headed by the template's role records). */
function recalculatedRoles(csvFile: string): Map<string, RoleFigures> {
  const [header, ...body] = readCsv(csvFile);
  const [plan, segment, motion, hunter, farmer, coach, quota] = ['方案', '客户群', '覆盖模式', '猎手（人）', '农夫（人）', '辅导员（人）', '承担的指标（¥ M）'].map((h) => header!.indexOf(h));
  const out = new Map<string, RoleFigures>();
  for (const r of body) {
    if (r[hunter!] === '' || r[hunter!] === undefined) continue;
    out.set(`${r[plan!]}|${r[segment!]}|${r[motion!]}`, { hunter: Number(r[hunter!]), farmer: Number(r[farmer!]), coach: Number(r[coach!]), quota: Number(r[quota!]) });
  }
  return out;
}

function roleMismatches(actual: Map<string, RoleFigures>, expected: Map<string, RoleFigures>): string[] {
  const keys = new Set([...actual.keys(), ...expected.keys()]);
  return [...keys].filter((k) => {
    const a = actual.get(k);
    const e = expected.get(k);
    return !a || !e || a.hunter !== e.hunter || a.farmer !== e.farmer || a.coach !== e.coach || Math.abs(a.quota - e.quota) > 1e-9 * Math.max(1, e.quota);
  });
}

/** The plan total's quota ÷ revenue covered as LibreOffice prints it ("7.3%"), as a percentage. */
function recalculatedQuotaCoverage(csvFile: string, planName: string): number {
  const [header, ...body] = readCsv(csvFile);
  const row = body.find((r) => r[header!.indexOf('方案')] === planName && r[header!.indexOf('客户群')] === '方案合计')!;
  return Number(row[header!.indexOf('指标 ÷ 潜力')]!.replace('%', ''));
}

const readCsv = (file: string) => Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;

describe.skipIf(missing)('the XLSX workbook in LibreOffice, every formula recalculated', () => {
  let t: TestService;
  let records: AnyRecord[];
  const tmp = makeTempDir('salesmap-xlsx-lo-');
  const out = path.join(tmp.dir, 'out');
  const raw = path.join(tmp.dir, 'raw');
  const files = {
    exported: path.join(tmp.dir, 'exported.xlsx'),
    capacity: path.join(tmp.dir, 'capacity.xlsx'),
    tampered: path.join(tmp.dir, 'tampered.xlsx'),
    quota: path.join(tmp.dir, 'quota.xlsx'),
  };
  /** The plan A row of the floating-point case (100 × 30 % ÷ 30 = 1 person). */
  const tamperedKey = '方案 A|中型企业|专属电话覆盖';

  beforeAll(async () => {
    t = await startTestService();
    const w = await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    records = await fillWorkshop(t, w.id);
    const exported = Buffer.from((await t.ok('exportXlsx', { workshopId: w.id })).dataBase64, 'base64');
    fs.writeFileSync(files.exported, exported);

    // The client changes a capacity of plan A in Excel: dedicated executives cover 2 accounts
    // each, not 5. The motions sheet has a row per plan × motion, plan A's first.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as never);
    const motions = wb.getWorksheet('覆盖模式')!;
    const planAMotions = coverageFigures(inputOf(records)).plans[0]!.figures.motions;
    motions.getCell(`F${planAMotions.findIndex((m) => m.motion.id === 'motion-dedicated') + 2}`).value = 2;
    await wb.xlsx.writeFile(files.capacity);

    // The client replaces the template's example quota: a territory farmer carries ¥ 50 M, not 10
    // (column P of the motions sheet: quota per farmer), and the mix moves to 20 % hunters.
    const quotaBook = new ExcelJS.Workbook();
    await quotaBook.xlsx.load(exported as never);
    const quotaRow = planAMotions.findIndex((m) => m.motion.id === 'motion-territory') + 2;
    quotaBook.getWorksheet('覆盖模式')!.getCell(`P${quotaRow}`).value = 50;
    quotaBook.getWorksheet('覆盖模式')!.getCell(`L${quotaRow}`).value = 0.2;
    await quotaBook.xlsx.writeFile(files.quota);

    // A file whose cached value disagrees with its formula: one people formula changed, its
    // cached result (the board's 1) kept. The check below must catch it.
    const bad = new ExcelJS.Workbook();
    await bad.xlsx.load(exported as never);
    const plans = bad.getWorksheet('覆盖方案')!;
    plans.eachRow((row) => {
      if (`${row.getCell(1).value}|${row.getCell(2).value}|${row.getCell(3).value}` !== tamperedKey) return;
      const v = row.getCell(10).value as ExcelJS.CellFormulaValue;
      row.getCell(10).value = { ...v, formula: `${v.formula}+1` };
    });
    await bad.xlsx.writeFile(files.tampered);

    convertWith(Object.values(files), CSV_ALL_SHEETS, { recalc: true, outDir: out });
    // The same tampered file without "always recalculate": LibreOffice shows the cached values.
    convertWith(files.tampered, CSV_ALL_SHEETS, { recalc: false, outDir: raw });
  }, 180_000);
  afterAll(() => {
    t.close();
    tmp.cleanup();
  });

  it('recalculates the coverage plans to exactly the board’s people and cost', () => {
    const actual = recalculatedPlans(sheetCsvPath(out, files.exported, '覆盖方案'));
    expect(actual.size).toBe(17 + 2 * 6 + 2); // placements, by-motion rows and totals of both plans
    expect(mismatches(actual, expectedPlans(inputOf(records)))).toEqual([]);
    // Issue 11's method: 17, where per-segment round-ups of one person per territory gave 10 — the
    // face-to-face motion is a territory team of 9 (+8), the partner motion pooled over two
    // segments needs 1 person, not 1 + 1 (−1).
    expect(actual.get('方案 A|方案合计|')!.people).toBe(17);
  });

  it('moves people and cost as the board would when the client changes a capacity', () => {
    const changed = records.map((r) => (r.type === 'assumption' && r.id === 'assume:scenario-a:motion-dedicated' ? { ...r, capacity: 2 } : r));
    const actual = recalculatedPlans(sheetCsvPath(out, files.capacity, '覆盖方案'));
    expect(mismatches(actual, expectedPlans(inputOf(changed)))).toEqual([]);
    // 12 accounts ÷ 2 per person: 6 people where the room had 3, at ¥ 1.5 M each.
    expect(actual.get('方案 A|超大型客户|专属客户主管/总监')).toEqual({ covered: 12, people: 6, cost: 9 });
    // Plan B owns its assumptions (issue 11): its 5 per person is untouched, 6 ÷ 5 → 2 people.
    expect(actual.get('方案 B|超大型客户|专属客户主管/总监')).toEqual({ covered: 6, people: 2, cost: 3 });
  });

  it('recalculates people per role and the quota they carry to the board’s, also after the client changes a quota and a mix', () => {
    const input = inputOf(records);
    const actual = recalculatedRoles(sheetCsvPath(out, files.exported, '覆盖方案'));
    expect(actual.size).toBe(2 * 6 + 2);
    expect(roleMismatches(actual, expectedRoles(input))).toEqual([]);
    const planA = coverageFigures(input).plans[0]!.figures.totals;
    expect(recalculatedQuotaCoverage(sheetCsvPath(out, files.exported, '覆盖方案'), '方案 A')).toBeCloseTo(planA.quotaCoverage!, 1);

    const changed = records.map((r) =>
      r.type === 'assumption' && r.id === 'assume:scenario-a:motion-territory' ? { ...r, quotas: { ...r.quotas, farmer: 50 }, roles: { ...r.roles, hunter: 20 } } : r,
    );
    const after = recalculatedRoles(sheetCsvPath(out, files.quota, '覆盖方案'));
    expect(roleMismatches(after, expectedRoles(inputOf(changed)))).toEqual([]);
    const territory = after.get('方案 A|按覆盖模式合计|区域销售代表（面对面）')!;
    expect(territory.quota).not.toBe(actual.get('方案 A|按覆盖模式合计|区域销售代表（面对面）')!.quota);
    // Plan B keeps its own quota (plans own their assumptions).
    expect(after.get('方案 B|按覆盖模式合计|区域销售代表（面对面）')).toEqual(actual.get('方案 B|按覆盖模式合计|区域销售代表（面对面）'));
  });

  it('fails on a file whose cached value disagrees with its formula (and only because it recalculates)', () => {
    const expected = expectedPlans(inputOf(records));
    const recalculated = mismatches(recalculatedPlans(sheetCsvPath(out, files.tampered, '覆盖方案')), expected);
    expect(recalculated).toContain(tamperedKey);
    expect(recalculated.every((k) => k.startsWith('方案 A|'))).toBe(true);
    // Read without recalculation, the tampered file shows its cached values and looks right:
    // a check that trusted LibreOffice's default would pass a wrong formula.
    expect(mismatches(recalculatedPlans(sheetCsvPath(raw, files.tampered, '覆盖方案')), expected)).toEqual([]);
  });

  it('recalculates the segment figures from the accounts sheet and the funnel from its rates', () => {
    const f = segmentsFigures(inputOf(records));
    const rows = readCsv(sheetCsvPath(out, files.exported, '客户群')).slice(1);
    [...f.segments, f.unassigned].forEach((c, i) => {
      const [, name, count, revenue, known] = rows[i]!;
      expect(name).toBe(c.segment?.name ?? '未分配');
      expect(Number(count)).toBe(c.figures.count);
      expect(Number(revenue)).toBeCloseTo(c.figures.revenue, 6);
      expect(Number(known)).toBe(c.figures.withRevenue);
    });
    const funnel = readCsv(sheetCsvPath(out, files.exported, '销售漏斗')).slice(1);
    methodFigures(inputOf(records)).rows.forEach((step, i) => expect(Number(funnel[i]![2])).toBe(step.count));
  });

  it('keeps Chinese text and formula-like names as text', () => {
    const accounts = readCsv(sheetCsvPath(out, files.exported, '客户'));
    expect(accounts[0]!.slice(0, 3)).toEqual(['客户名称', '客户群', '客户群编号']);
    const names = accounts.map((r) => r[0]);
    expect(names).toContain('华信物流7号有限公司');
    // Had LibreOffice taken them for formulas, "=1+1" would read 2 and the command an error.
    expect(names).toContain(INJECTED_SUM);
    expect(names).toContain(INJECTED);
    expect(accounts.find((r) => r[0] === INJECTED)![1]).toBe('行业大客户及其他大型客户');
  });
});
