import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../../shared/export/book';
import type { AnyRecord } from '../../../shared/records';
import { coverageFigures } from '../../../renderer/boards/coverage/export/figures';
import { methodFigures } from '../../../renderer/boards/method/export/figures';
import { segmentsFigures } from '../../../renderer/boards/segments/export/figures';
import { fillWorkshop, INJECTED } from '../../helpers/exportWorkshop';
import { inputOf } from '../../helpers/exportInput';
import { startTestService, type TestService } from '../../helpers/service';
import { cellXml, sheetXml } from '../../helpers/xlsxXml';

/** A cell's formula and cached result, as exceljs reads them back from the file. */
function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } {
  const v = cell.value as ExcelJS.CellFormulaValue;
  expect(v && typeof v === 'object' && 'formula' in v, `${cell.address} holds a formula`).toBe(true);
  return { formula: v.formula, result: v.result };
}

/** Rows of a sheet as {header: cell}, by the header row's text. */
function rowsOf(sheet: ExcelJS.Worksheet, headerRow = 1): Array<Record<string, ExcelJS.Cell>> {
  const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const out: Array<Record<string, ExcelJS.Cell>> = [];
  sheet.eachRow((row, n) => {
    if (n <= headerRow) return;
    const r: Record<string, ExcelJS.Cell> = {};
    headers.forEach((h, i) => h && (r[h] = row.getCell(i)));
    out.push(r);
  });
  return out;
}

const text = (c: ExcelJS.Cell | undefined) => (c && typeof c.value === 'string' ? c.value : '');

describe('the XLSX workbook, read back with exceljs', () => {
  let t: TestService;
  let records: AnyRecord[];
  let wb: ExcelJS.Workbook;
  let fileName: string;
  let bytes: Buffer;

  beforeAll(async () => {
    t = await startTestService();
    const w = await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    records = await fillWorkshop(t, w.id);
    const file = await t.ok('exportXlsx', { workshopId: w.id });
    fileName = file.fileName;
    bytes = Buffer.from(file.dataBase64, 'base64');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
  });
  afterAll(() => t.close());

  it('has a sheet per table, named in the workshop’s language, in board order', () => {
    expect(fileName).toMatch(/^海格物流 \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['议程', '客户', '客户群', '覆盖模式', '覆盖方案', '通路网格', '通路详情', '通路分析结果', '销售阶段', '销售漏斗', '商机', '例会节奏', '销售角色']);
  });

  it('computes people with the method’s formulas against the plan’s own inputs, and caches the board’s figures', () => {
    const input = inputOf(records);
    const plans = coverageFigures(input).plans;
    const sheet = wb.getWorksheet('覆盖方案')!;
    const rows = rowsOf(sheet);
    const motionRows = rowsOf(wb.getWorksheet('覆盖模式')!);
    let checked = 0;
    for (const plan of plans) {
      for (const s of plan.figures.segments) {
        for (const cell of s.cells) {
          const m = plan.figures.motions.find((x) => x.motion.id === cell.coverage.motionId)!;
          const row = rows.find((r) => text(r['方案']) === plan.scenario.name && text(r['客户群']) === s.segment.name && text(r['覆盖模式']) === m.motion.name)!;
          expect(row, `${plan.scenario.name} · ${s.segment.name} · ${m.motion.name}`).toBeDefined();
          const n = row['所需人数']!.row;
          const people = formulaOf(row['所需人数']!);
          // Staffed per segment: whole units per cell; pooled: the cell's FTE share (issue 11).
          expect(people.formula).toBe(m.staffing === 'perSegment' ? `CEILING(ROUND(G${n}/H${n},9),1)*I${n}` : `G${n}/H${n}*I${n}`);
          expect(people.result).toBe(cell.people);
          // Each plan reads its own row of the motions sheet: plans own their assumptions.
          const inputRow = motionRows.findIndex((r) => text(r['方案']) === plan.scenario.name && text(r['覆盖模式']) === m.motion.name) + 2;
          expect(formulaOf(row['每人（或每地域）覆盖客户数']!)).toEqual({ formula: `'覆盖模式'!$F$${inputRow}`, result: m.unit.accounts });
          expect(formulaOf(row['覆盖客户数']!)).toEqual({ formula: `E${n}*F${n}`, result: cell.accounts });
          expect(formulaOf(row['年成本（¥ M）']!)).toEqual({ formula: `J${n}/I${n}*K${n}`, result: cell.cost });
          expect(formulaOf(row['客户群客户数']!).result).toBe(s.facts.accounts);
          expect(row['覆盖比例']!.value).toBe(cell.coverage.share / 100);
          checked += 1;
        }
      }
      for (const m of plan.figures.motions) {
        const row = rows.find((r) => text(r['方案']) === plan.scenario.name && text(r['客户群']) === '按覆盖模式合计' && text(r['覆盖模式']) === m.motion.name)!;
        const n = row['所需人数']!.row;
        const people = formulaOf(row['所需人数']!);
        if (m.staffing === 'pooled') expect(people.formula).toBe(`CEILING(ROUND(G${n}/H${n},9),1)*I${n}`);
        else expect(people.formula).toMatch(/^SUM\(|^J\d+/);
        expect(people.result).toBe(m.people);
      }
      const total = rows.find((r) => text(r['方案']) === plan.scenario.name && text(r['客户群']) === '方案合计')!;
      expect(formulaOf(total['所需人数']!).formula).toMatch(/^SUM\(J\d+:J\d+\)$/);
      expect(formulaOf(total['所需人数']!).result).toBe(plan.figures.totals.people);
      expect(formulaOf(total['年成本（¥ M）']!).result).toBeCloseTo(plan.figures.totals.cost, 12);
    }
    expect(checked).toBe(17); // 8 placements in plan A, 9 in plan B
    // The floating-point case: 100 accounts × 30 % ÷ 30 is exactly 1 FTE on the phone (pooled).
    const phone = rows.find((r) => text(r['方案']) === '方案 A' && text(r['客户群']) === '中型企业' && text(r['覆盖模式']) === '专属电话覆盖')!;
    expect(formulaOf(phone['所需人数']!).result).toBe(1);
  });

  it('turns each motion’s role mix into people per role and the quota they carry, with live formulas named by the workshop’s roles', () => {
    const input = inputOf(records);
    const sheet = wb.getWorksheet('覆盖方案')!;
    const rows = rowsOf(sheet);
    const motionRows = rowsOf(wb.getWorksheet('覆盖模式')!);
    // The template's example quotas reach the file as this plan's inputs (issue 11, the template's assumption).
    const dedicated = motionRows.find((r) => text(r['方案']) === '方案 A' && text(r['覆盖模式']) === '专属客户主管/总监')!;
    expect(dedicated['每位农夫的指标（¥ M）']!.value).toBe(30);
    expect((dedicated['猎手']!.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC'); // the mix is an input now
    // Headed by the cadence board's role records: one definition of the roles (辅导员, not the app's word).
    const header = (sheet.getRow(1).values as unknown[]).filter((v) => typeof v === 'string');
    expect(header).toEqual(expect.arrayContaining(['猎手（人）', '农夫（人）', '辅导员（人）', '承担的指标（¥ M）', '覆盖潜力（¥ M）', '指标 ÷ 潜力']));
    let checked = 0;
    for (const plan of coverageFigures(input).plans) {
      for (const m of plan.figures.motions) {
        const row = rows.find((r) => text(r['方案']) === plan.scenario.name && text(r['客户群']) === '按覆盖模式合计' && text(r['覆盖模式']) === m.motion.name)!;
        const n = row['所需人数']!.row;
        const inputRow = motionRows.findIndex((r) => text(r['方案']) === plan.scenario.name && text(r['覆盖模式']) === m.motion.name) + 2;
        const hunters = formulaOf(row['猎手（人）']!);
        expect(hunters.formula).toBe(`CEILING(ROUND(J${n}*'覆盖模式'!$L$${inputRow},9),1)`);
        // exceljs reads a cached 0 back as no result (see below); the file has it.
        expect([hunters.result, formulaOf(row['农夫（人）']!).result, formulaOf(row['辅导员（人）']!).result].map((v) => v ?? 0)).toEqual([m.rolePeople.hunter, m.rolePeople.farmer, m.rolePeople.coach]);
        expect(Number(formulaOf(row['承担的指标（¥ M）']!).result ?? 0)).toBeCloseTo(m.quota, 9);
        expect(formulaOf(row['所覆盖营业额（¥ M）']!).result).toBeCloseTo(m.revenue, 9);
        expect(Number(formulaOf(row['覆盖潜力（¥ M）']!).result ?? 0)).toBeCloseTo(m.potential, 9);
        checked += 1;
      }
      const total = rows.find((r) => text(r['方案']) === plan.scenario.name && text(r['客户群']) === '方案合计')!;
      expect(formulaOf(total['猎手（人）']!).result).toBe(plan.figures.totals.rolePeople.hunter);
      expect(formulaOf(total['承担的指标（¥ M）']!).result).toBeCloseTo(plan.figures.totals.quota, 9);
      expect(plan.figures.totals.quotaCoverage).not.toBeNull();
      const coverage = formulaOf(total['指标 ÷ 潜力']!);
      // Quota ÷ the covered potential (the Segments sheet's SUMIF of the accounts' potential), not ÷ their revenue.
      expect(coverage.formula).toMatch(new RegExp(`/${total['覆盖潜力（¥ M）']!.address}\\)$`));
      expect(coverage.result).toBeCloseTo(plan.figures.totals.quotaCoverage! / 100, 12);
      expect(total['指标下限']!.value).toBe(plan.scenario.quotaFloor / 100);
      const over = plan.figures.warnings.some((w) => w.kind === 'quotaOverWallet');
      const below = plan.figures.warnings.some((w) => w.kind === 'quotaBelowFloor');
      // exceljs reads a cached empty string back as no result.
      expect(formulaOf(total['指标检查']!).result ?? '').toBe(over ? '指标超出钱包' : below ? '低于指标下限' : '');
    }
    expect(checked).toBe(12);
  });

  it('counts the segments with COUNTIF/SUMIF over the accounts sheet, cached as the board shows them', () => {
    const f = segmentsFigures(inputOf(records));
    const rows = rowsOf(wb.getWorksheet('客户群')!);
    f.segments.forEach((column, i) => {
      const r = rows[i]!;
      expect(text(r['客户群'])).toBe(column.segment!.name);
      const n = r['客户数']!.row;
      expect(formulaOf(r['客户数']!)).toEqual({ formula: `COUNTIF('客户'!$C$2:$C$203,A${n})`, result: column.figures.count });
      expect(formulaOf(r['年营业额（¥ M）']!)).toEqual({ formula: `SUMIF('客户'!$C$2:$C$203,A${n},'客户'!$G$2:$G$203)`, result: column.figures.revenue });
      expect(formulaOf(r['平均营业额（¥ M）']!).result).toBe(column.figures.average);
      expect(formulaOf(r['营业额占比']!).result).toBe(column.share! / 100);
    });
    const unassigned = rows[f.segments.length]!;
    expect(text(unassigned['客户群'])).toBe('未分配');
    expect(formulaOf(unassigned['客户数']!)).toEqual({ formula: `COUNTA('客户'!$A$2:$A$203)-SUM(C2:C7)`, result: 6 });
  });

  it('gives money, percent and count cells real number formats, and inputs their own style', () => {
    const seg = wb.getWorksheet('客户群')!;
    expect(seg.getCell('D2').numFmt).toBe('"¥ "#,##0.0" M"');
    expect(seg.getCell('G2').numFmt).toBe('0.0%');
    expect(seg.getCell('C2').numFmt).toBe('#,##0');
    const motions = wb.getWorksheet('覆盖模式')!;
    expect(motions.getCell('F2').numFmt).toBe('#,##0');
    expect((motions.getCell('F2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect((motions.getCell('C2').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    const plans = wb.getWorksheet('覆盖方案')!;
    expect(plans.getCell('F3').numFmt).toBe('0%');
    const funnel = wb.getWorksheet('销售漏斗')!;
    expect(funnel.getCell('B2').numFmt).toBe('0%');
    expect(wb.getWorksheet('议程')!.getCell('B2').numFmt).toBe('hh:mm');
  });

  it('freezes the header rows, filters the tables and fits columns to Chinese text', () => {
    const accounts = wb.getWorksheet('客户')!;
    expect(accounts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(accounts.autoFilter).toBe('A1:L203');
    expect(wb.getWorksheet('覆盖方案')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const widest = Math.max(...records.filter((r) => r.type === 'segment').map((s) => displayWidth(s.name)));
    expect(widest).toBe(26); // 综合需求聚焦的IT方案提供商: 12 Chinese characters and "IT"
    expect(accounts.getColumn(2).width).toBeGreaterThanOrEqual(widest);
    expect(accounts.getColumn(2).width).toBeLessThan(widest + 6);
  });

  it('keeps a formula-like customer name as inert text', async () => {
    const row = rowsOf(wb.getWorksheet('客户')!).find((r) => r['客户名称']!.value === INJECTED)!;
    const cell = row['客户名称']!;
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
    // In the file: a shared-string cell, never a formula element.
    const xml = await sheetXml(bytes, 2);
    expect(cellXml(xml, cell.address)).toMatch(/^<c r="A\d+" s="\d+" t="s"><v>\d+<\/v><\/c>$/);
    expect(xml.includes('cmd')).toBe(false);
  });

  it('divides the funnel by its conversion cells', () => {
    const m = methodFigures(inputOf(records));
    const sheet = wb.getWorksheet('销售漏斗')!;
    m.rows.forEach((step, i) => {
      const cell = sheet.getCell(`C${i + 2}`);
      expect(formulaOf(cell).result).toBe(step.count);
    });
    expect(formulaOf(sheet.getCell('C2')).formula).toBe('IF($B$8=0,0,IF(PRODUCT($B$2:$B$5)=0,"无法达成（有一步转化率为 0%）",CEILING($B$8/PRODUCT($B$2:$B$5)-1E-9,1)))');
    expect(formulaOf(sheet.getCell('B9'))).toEqual({ formula: 'PRODUCT($B$2:$B$5)', result: m.overall / 100 });
  });
});

describe('the XLSX workbook of other workshops', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t.close());

  it('speaks English for an English workshop, and writes an empty one without a broken formula', async () => {
    const w = await t.ok('createWorkshop', { name: 'Acme', client: 'Acme', language: 'en', templateId: 'blank' });
    const file = await t.ok('exportXlsx', { workshopId: w.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Agenda', 'Accounts', 'Segments', 'Coverage motions', 'Coverage plans', 'Routes grid', 'Routes', 'Route findings', 'Sales stages', 'Sales funnel', 'Opportunities', 'Review cadence', 'Sales roles']);
    const segments = wb.getWorksheet('Segments')!;
    expect(segments.getCell('B2').value).toBe('Unassigned');
    expect(formulaOf(segments.getCell('C2')).formula).toBe("COUNTA('Accounts'!$A$2:$A$2)");
    // exceljs reads a cached 0 or "" back as no result; the file has them.
    const xml = await sheetXml(Buffer.from(file.dataBase64, 'base64'), 3);
    expect(cellXml(xml, 'C2')).toMatch(/<f>COUNTA\(.+\)<\/f><v>0<\/v>/);
    expect(cellXml(xml, 'G2')).toMatch(/t="str".*<v><\/v>/);
    expect(wb.getWorksheet('Accounts')!.getCell('G1').value).toBe('Annual revenue (¥ M)');
  });

  it('stops when cancelled and writes nothing', async () => {
    const w = await t.ok('createWorkshop', { name: '取消', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
    const exporting = t.service.call('exportXlsx', { workshopId: w.id, jobId: 'job-1' });
    expect(await t.ok('cancelExport', { jobId: 'job-1' })).toEqual({ cancelled: true });
    const r = await exporting;
    expect(r.ok ? 'finished' : r.error.code).toBe('export_cancelled');
  });
});
