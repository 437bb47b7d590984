/**
 * The coverage board's sheets: the motions with their inputs, and one block per plan.
 *
 * ─── The workbook's formulas and the shared/calc functions they mirror ────────────────────────
 * Every computed cell of the workbook is a live formula, and the value written with it (Excel's
 * cached result) is the figure the board shows, taken from the board's figures.ts. This is the one
 * place that says how each formula mirrors its calc function; change both together.
 *
 * Segments sheet (renderer/boards/segments/export/sheets.ts), over the Accounts sheet, keyed by
 * the segment number (numbers match exactly, where a name could hold COUNTIF wildcards * ? ~ or
 * operators < > =, and two segments may share a name):
 *   accounts    COUNTIF(no., n)                     shared/calc/segments columnFigures().count
 *   revenue     SUMIF(no., n, revenue)              columnFigures().revenue (unknown = empty = 0)
 *   known       COUNTIFS(no., n, revenue, ">=0")    columnFigures().withRevenue (money is ≥ 0 by
 *                                                   schema, so ">=0" means "is a number")
 *   average     IF(known=0, "", revenue/known)      columnFigures().average (null → empty)
 *   share       IF(total>0, revenue/total, "")      sharePercent(part, total) ÷ 100, shown as %
 *   potential   SUMIF(no., n, potential)            shared/calc/coverage segmentFacts()
 *                                                   .potentialTotal (the client's wallet)
 *   Unassigned  all accounts − Σ segment rows       segmentsFigures().unassigned (an account
 *                                                   whose number no segment has is Unassigned,
 *                                                   as an account of a deleted segment is)
 *   total       COUNTA(names), SUM(revenue),        boardTotals() (which rounds the revenue to
 *               COUNT(revenue)                      1e-6 ¥ M: far below any shown digit)
 * Coverage plans sheet (this file), one block per plan, each motion's inputs read from ITS PLAN's
 * row on the Coverage motions sheet (plans own their assumptions, issue 11). A motion staffs in
 * units: a person (capacity = accounts per person, team = 1, unit cost = cost per person) or a
 * territory (capacity = accounts per territory, team = its people, unit cost = the team's cost):
 *   accounts    ='Segments'!count                   segmentFacts().accounts
 *   covered     accounts × share                    coveredAccounts(accounts, share) (the share
 *                                                   cell is the fraction 0.3, i.e. share ÷ 100)
 *   people      per segment: CEILING(ROUND(covered/ planFigures() cells of a motion staffed per
 *               capacity,9),1) × team               segment: unitsFor() = Math.ceil(Math.round(
 *                                                   exact × 1e9) ÷ 1e9) × team. ROUND(x,9) is that
 *                                                   rounding (half away from zero; x ≥ 0), so 100 ×
 *                                                   30 % ÷ 30 = 1.0000000000000002 is 1, not 2.
 *               pooled: covered/capacity × team     a pooled motion's cell: its FTE share
 *                                                   A capacity of 0 shows #DIV/0!, where the board
 *                                                   refuses it (capacity_not_positive).
 *   cost        people ÷ team × unit cost           units × unit cost
 *   by motion   pooled: CEILING(ROUND(SUM(covered)/ planFigures() motions: a pooled motion rounds
 *               capacity,9),1) × team               once, over all its segments (see HEADCOUNT);
 *               per segment: SUM(the cells' people) per segment: the sum of its cells
 *               cost = people ÷ team × unit cost, or SUM(the cells' cost)
 *   check       IF(AND(ISNUMBER(limit),             the overLimit warning (people > limit;
 *               people>limit), "over …", "")        no limit = empty cell)
 *   plan total  SUM(by-motion rows)                 planFigures().totals (people = Σ motions; the
 *                                                   cells of pooled motions are FTE, not summed)
 *   potential   'Segments'!potential × share; by    cell / motion / totals .potential
 *   covered     motion and total: SUM
 *   quota ÷     IF(no quota input or potential=0,   totals.quotaCoverage = quota ÷ covered
 *   potential   "", quota/potential)                potential × 100 (the base is the wallet,
 *                                                   not the accounts' own revenue)
 *   quota check over 1 → "exceeds the wallet";      quotaOverWallet, then quotaBelowFloor (only
 *               floor>0 and below it → "below"      with a floor above 0)
 * Sales funnel sheet (renderer/boards/method/export/sheets.ts), rates as fractions:
 *   fromWins    step i: IF(wins=0, 0, IF(PRODUCT(rates i…n−2)=0, "impossible",
 *               CEILING(wins/PRODUCT(rates i…n−2) − 1E-9, 1))); last step = wins
 *                                                   shared/calc/funnel fromWins() (rounded once
 *                                                   per step, 0 % → impossible instead of ∞)
 *   fromVisits  step 0 = visits; step i = step i−1 × rate i−1      fromVisits()
 *   overall     PRODUCT(rates 0…n−2)                overallRate() ÷ 100
 * Agenda sheet (renderer/boards/agenda/export/sheets.ts):
 *   end         MOD(start + minutes/1440, 1)        shared/commands/agenda addMinutes() (wraps at
 *                                                   midnight; times are fractions of a day)
 * ───────────────────────────────────────────────────────────────────────────────────────────────
 */
import { addGrid, sumOf, textLiteral, type BookContext, type CellValue, type GridColumn, type SheetGrid } from '../../../../shared/export/book';
import { unitOf, type PlanFigures, type PlannedMotion } from '../../../../shared/calc/coverage';
import { MIX_ROLES, type MixRole, type Staffing } from '../../../../shared/records';
import { roleNamesOf } from '../roleText';
import { coverageFigures, type PlanExport } from './figures';

type MotionKey =
  | 'plan'
  | 'number'
  | 'motion'
  | 'drive'
  | 'staffing'
  | 'capacity'
  | 'team'
  | 'costPerPerson'
  | 'peopleLimit'
  | 'revenueThreshold'
  | 'maxAccounts'
  | 'hunter'
  | 'farmer'
  | 'coach'
  | 'quotaHunter'
  | 'quotaFarmer'
  | 'quotaCoach'
  | 'notes';
type PlanKey =
  | 'plan'
  | 'segment'
  | 'motion'
  | 'role'
  | 'accounts'
  | 'share'
  | 'covered'
  | 'capacity'
  | 'team'
  | 'people'
  | 'costPerPerson'
  | 'cost'
  | 'check'
  | 'revenue'
  | 'potential'
  | 'hunter'
  | 'farmer'
  | 'coach'
  | 'quota'
  | 'quotaCoverage'
  | 'quotaFloor'
  | 'quotaCheck';

/** A motion's input cells of one plan on the motions sheet, as the plan's block references them. */
interface MotionInputs {
  capacity: string;
  team: string;
  costPerPerson: string;
  peopleLimit: string;
  /** The role mix (fractions) and each role's quota per person, by role. */
  mix: Record<MixRole, string>;
  quota: Record<MixRole, string>;
}

/** The cells of one motion in a plan block, for its by-motion row. */
interface MotionCells {
  covered: string[];
  people: string[];
  cost: string[];
  revenue: string[];
  potential: string[];
}

/**
 * Headcount, in the one place that mirrors shared/calc/coverage planFigures(): a cell of a motion
 * staffed per segment rounds up its own units; a pooled motion's cell is its FTE share and the
 * motion rounds up once, over the sum of its covered accounts.
 */
const HEADCOUNT = {
  cell: (staffing: Staffing, covered: string, capacity: string, team: string): string =>
    staffing === 'perSegment' ? `CEILING(ROUND(${covered}/${capacity},9),1)*${team}` : `${covered}/${capacity}*${team}`,
  motion: (staffing: Staffing, cells: MotionCells, covered: string, capacity: string, team: string): string =>
    staffing === 'pooled' ? `CEILING(ROUND(${covered}/${capacity},9),1)*${team}` : sumOf(cells.people),
};

const QUOTA_COLUMN = { hunter: 'quotaHunter', farmer: 'quotaFarmer', coach: 'quotaCoach' } as const satisfies Record<MixRole, MotionKey>;
const byRole = <T>(f: (r: MixRole) => T) => Object.fromEntries(MIX_ROLES.map((r) => [r, f(r)])) as Record<MixRole, T>;

const inputKey = (scenarioId: string, motionId: string) => `${scenarioId}\u0000${motionId}`;
const coverageText = (book: BookContext) => (key: string, values?: Record<string, unknown>) => book.input.t(`coverage:${key}`, values);

export async function coverageSheets(book: BookContext): Promise<void> {
  const figures = coverageFigures(book.input);
  const inputs = motionsSheet(book, figures.plans);
  plansSheet(book, figures.plans, inputs);
  await book.job.step();
}

/** One row per plan × motion: each plan's own assumptions, the inputs its block reads. */
function motionsSheet(book: BookContext, plans: PlanExport[]): Map<string, MotionInputs> {
  const t = coverageText(book);
  const h = (key: string) => t(`export.columns.${key}`, { symbol: book.formats.symbol });
  const columns: GridColumn<MotionKey>[] = [
    { key: 'plan', header: h('plan'), format: 'text', maxWidth: 24 },
    { key: 'number', header: h('number'), format: 'int' },
    { key: 'motion', header: h('motion'), format: 'text', maxWidth: 30 },
    { key: 'drive', header: h('drive'), format: 'text' },
    { key: 'staffing', header: h('staffing'), format: 'text' },
    { key: 'capacity', header: h('capacity'), format: 'int', note: t('export.notes.capacity') },
    { key: 'team', header: h('team'), format: 'int', note: t('export.notes.team') },
    { key: 'costPerPerson', header: h('costPerPerson'), format: 'money', note: t('export.notes.capacity') },
    { key: 'peopleLimit', header: h('peopleLimit'), format: 'int' },
    { key: 'revenueThreshold', header: h('revenueThreshold'), format: 'money' },
    { key: 'maxAccounts', header: h('maxAccounts'), format: 'int' },
    { key: 'hunter', header: h('hunter'), format: 'percent' },
    { key: 'farmer', header: h('farmer'), format: 'percent' },
    { key: 'coach', header: h('coach'), format: 'percent' },
    { key: 'quotaHunter', header: h('quotaHunter'), format: 'money', note: t('export.notes.quota') },
    { key: 'quotaFarmer', header: h('quotaFarmer'), format: 'money', note: t('export.notes.quota') },
    { key: 'quotaCoach', header: h('quotaCoach'), format: 'money', note: t('export.notes.quota') },
    { key: 'notes', header: h('notes'), format: 'text', maxWidth: 50 },
  ];
  const grid = addGrid(book, t('export.sheets.motions'), columns);
  const inputs = new Map<string, MotionInputs>();
  let row = 2;
  for (const plan of plans) {
    plan.figures.motions.forEach(({ motion: m, unit }, i) => {
      const input = { input: true };
      grid.put(row, 'plan', plan.scenario.name);
      grid.put(row, 'number', i + 1);
      grid.put(row, 'motion', m.name);
      grid.put(row, 'drive', t(`drive.${m.drive}`));
      grid.put(row, 'staffing', t(`staffing.${m.staffing}`));
      // A capacity like 2.5 accounts per person is allowed; show its decimals.
      grid.put(row, 'capacity', unit.accounts, { ...input, format: Number.isInteger(unit.accounts) ? 'int' : 'decimal' });
      grid.put(row, 'team', unit.people, input);
      grid.put(row, 'costPerPerson', unit.cost, input);
      grid.put(row, 'peopleLimit', m.peopleLimit, input);
      grid.put(row, 'revenueThreshold', m.revenueThreshold);
      grid.put(row, 'maxAccounts', m.maxAccountsPerPerson);
      for (const r of MIX_ROLES) {
        grid.put(row, r, m.roles[r] / 100, input);
        grid.put(row, QUOTA_COLUMN[r], m.quotas[r], input);
      }
      grid.put(row, 'notes', m.notes);
      inputs.set(inputKey(plan.scenario.id, m.id), {
        capacity: grid.ref('capacity', row),
        team: grid.ref('team', row),
        costPerPerson: grid.ref('costPerPerson', row),
        peopleLimit: grid.ref('peopleLimit', row),
        mix: byRole((r) => grid.ref(r, row)),
        quota: byRole((r) => grid.ref(QUOTA_COLUMN[r], row)),
      });
      row += 1;
    });
  }
  grid.finish({ frozenRows: 1, frozenColumns: 3, filter: { header: 1, last: Math.max(row - 1, 1) } });
  return inputs;
}

function plansSheet(book: BookContext, plans: PlanExport[], inputs: Map<string, MotionInputs>): void {
  const t = coverageText(book);
  const names = roleNamesOf(book.input.records.role, t);
  const h = (key: string) => t(`export.columns.${key}`, { symbol: book.formats.symbol });
  const columns: GridColumn<PlanKey>[] = [
    { key: 'plan', header: h('plan'), format: 'text', maxWidth: 24 },
    { key: 'segment', header: h('segment'), format: 'text', maxWidth: 30 },
    { key: 'motion', header: h('motion'), format: 'text', maxWidth: 30 },
    { key: 'role', header: h('role'), format: 'text' },
    { key: 'accounts', header: h('accounts'), format: 'int', note: t('export.notes.accounts') },
    { key: 'share', header: h('share'), format: 'percent', note: t('export.notes.share') },
    { key: 'covered', header: h('covered'), format: 'decimal' },
    { key: 'capacity', header: h('capacity'), format: 'int' },
    { key: 'team', header: h('team'), format: 'int' },
    { key: 'people', header: h('people'), format: 'decimal', note: t('export.notes.people') },
    { key: 'costPerPerson', header: h('costPerPerson'), format: 'money' },
    { key: 'cost', header: h('cost'), format: 'money' },
    { key: 'check', header: h('check'), format: 'text', maxWidth: 30 },
    { key: 'revenue', header: h('revenueCovered'), format: 'money', note: t('export.notes.revenueCovered') },
    { key: 'potential', header: h('potentialCovered'), format: 'money', note: t('export.notes.potentialCovered') },
    ...MIX_ROLES.map((r) => ({ key: r, header: t('export.columns.rolePeople', { role: names[r] }), format: 'int' as const, note: t('export.notes.rolePeople') })),
    { key: 'quota', header: h('quota'), format: 'money', note: t('export.notes.quotaCarried') },
    { key: 'quotaCoverage', header: h('quotaCoverage'), format: 'percent', note: t('export.notes.quotaCoverage') },
    { key: 'quotaFloor', header: h('quotaFloor'), format: 'percent' },
    { key: 'quotaCheck', header: h('quotaCheck'), format: 'text', maxWidth: 30 },
  ];
  const grid = addGrid(book, t('export.sheets.plans'), columns);
  let row = 2;
  for (const plan of plans) row = planBlock(book, grid, plan, inputs, row) + 1;
  grid.finish({ frozenRows: 1, frozenColumns: 2, filter: { header: 1, last: row - 2 } });
}

/** One plan: a title row, a row per placement (and per uncovered segment), by-motion rows, the total. Returns the last row. */
function planBlock(book: BookContext, grid: SheetGrid<PlanKey>, plan: PlanExport, inputs: Map<string, MotionInputs>, top: number): number {
  const t = coverageText(book);
  const f: PlanFigures = plan.figures;
  const planName = plan.scenario.name;
  grid.band(top, plan.active ? t('export.active', { name: planName }) : planName);
  let row = top + 1;
  const byMotion = new Map<string, MotionCells>(f.motions.map((m) => [m.motion.id, { covered: [], people: [], cost: [], revenue: [], potential: [] }]));
  const segmentAccounts: string[] = [];
  const motionOf = new Map(f.motions.map((m) => [m.motion.id, m.motion]));
  const inputOf = (motionId: string) => inputs.get(inputKey(plan.scenario.id, motionId))!;

  /** Capacity, team and unit cost of a row: references to the plan's inputs, cached as the board has them. */
  const putUnit = (r: number, motion: PlannedMotion, input: MotionInputs) => {
    const unit = unitOf(motion);
    grid.put(r, 'capacity', { formula: input.capacity, result: unit.accounts }, { format: Number.isInteger(unit.accounts) ? 'int' : 'decimal' });
    grid.put(r, 'team', { formula: input.team, result: unit.people });
    grid.put(r, 'costPerPerson', { formula: input.costPerPerson, result: unit.cost });
    return (['capacity', 'team', 'people', 'costPerPerson'] as const).map((k) => grid.addr(k, r)) as [string, string, string, string];
  };

  for (const s of f.segments) {
    const link = book.links.segmentAccounts.get(s.segment.id);
    const accounts: CellValue = link ? { formula: link, result: s.facts.accounts } : s.facts.accounts;
    const first = row;
    if (s.cells.length === 0) {
      grid.put(row, 'plan', planName);
      grid.put(row, 'segment', s.segment.name);
      grid.put(row, 'motion', t('warnings.uncovered'), { style: 'warning' });
      grid.put(row, 'accounts', accounts);
      row += 1;
    }
    for (const cell of s.cells) {
      const motion = motionOf.get(cell.coverage.motionId)!;
      const input = inputOf(motion.id);
      const [acc, share, covered] = (['accounts', 'share', 'covered'] as const).map((k) => grid.addr(k, row));
      grid.put(row, 'plan', planName);
      grid.put(row, 'segment', s.segment.name);
      grid.put(row, 'motion', motion.name);
      grid.put(row, 'role', t(`role.${cell.coverage.role}`));
      grid.put(row, 'accounts', accounts);
      grid.put(row, 'share', cell.coverage.share / 100, { input: true });
      grid.put(row, 'covered', { formula: `${acc}*${share}`, result: cell.accounts });
      const [capacity, team, people, cpp] = putUnit(row, motion, input);
      grid.put(row, 'people', { formula: HEADCOUNT.cell(motion.staffing, covered!, capacity, team), result: cell.people }, cell.whole ? { format: 'int' } : {});
      grid.put(row, 'cost', { formula: `${people}/${team}*${cpp}`, result: cell.cost });
      const revenueLink = book.links.segmentRevenue.get(s.segment.id);
      grid.put(row, 'revenue', revenueLink ? { formula: `${revenueLink}*${share}`, result: cell.revenue } : cell.revenue);
      const potentialLink = book.links.segmentPotential.get(s.segment.id);
      grid.put(row, 'potential', potentialLink ? { formula: `${potentialLink}*${share}`, result: cell.potential } : cell.potential);
      const cells = byMotion.get(motion.id)!;
      cells.revenue.push(grid.addr('revenue', row));
      cells.potential.push(grid.addr('potential', row));
      cells.covered.push(grid.addr('covered', row));
      cells.people.push(grid.addr('people', row));
      cells.cost.push(grid.addr('cost', row));
      row += 1;
    }
    segmentAccounts.push(grid.addr('accounts', first));
  }

  const motionRows: number[] = [];
  for (const m of f.motions) {
    const input = inputOf(m.motion.id);
    const cells = byMotion.get(m.motion.id)!;
    grid.put(row, 'plan', planName);
    grid.put(row, 'segment', t('export.byMotion'), { style: 'note' });
    grid.put(row, 'motion', m.motion.name);
    grid.put(row, 'covered', { formula: sumOf(cells.covered), result: m.accounts });
    const [capacity, team, people, cpp] = putUnit(row, m.motion, input);
    grid.put(row, 'people', { formula: HEADCOUNT.motion(m.staffing, cells, grid.addr('covered', row), capacity, team), result: m.people }, { format: 'int' });
    grid.put(row, 'cost', { formula: m.staffing === 'pooled' ? `${people}/${team}*${cpp}` : sumOf(cells.cost), result: m.cost });
    grid.put(row, 'check', overLimit(book, input.peopleLimit, grid.addr('people', row), m.motion, m.people), { style: 'warning' });
    grid.put(row, 'revenue', { formula: sumOf(cells.revenue), result: m.revenue });
    grid.put(row, 'potential', { formula: sumOf(cells.potential), result: m.potential });
    // ROLES: peopleByRole() rounds each role up on its own; quotaOf() sums people × quota per role.
    for (const r of MIX_ROLES) grid.put(row, r, { formula: `CEILING(ROUND(${people}*${input.mix[r]},9),1)`, result: m.rolePeople[r] });
    grid.put(row, 'quota', { formula: MIX_ROLES.map((r) => `${grid.addr(r, row)}*${input.quota[r]}`).join('+'), result: m.quota });
    motionRows.push(row);
    row += 1;
  }

  const total = { style: 'total' as const };
  const sum = (key: PlanKey) => (motionRows.length ? `SUM(${grid.addr(key, motionRows[0]!)}:${grid.addr(key, motionRows[motionRows.length - 1]!)})` : '0');
  grid.put(row, 'plan', planName, total);
  grid.put(row, 'segment', t('export.planTotal'), total);
  grid.put(row, 'accounts', { formula: sumOf(segmentAccounts), result: f.totals.accounts }, total);
  grid.put(row, 'covered', { formula: sum('covered'), result: f.totals.accountsCovered }, total);
  grid.put(row, 'people', { formula: sum('people'), result: f.totals.people }, { ...total, format: 'int' });
  grid.put(row, 'cost', { formula: sum('cost'), result: f.totals.cost }, total);
  const uncovered = f.totals.uncoveredSegments;
  grid.put(row, 'check', uncovered ? t('summary.uncovered', { count: uncovered }) : '', { style: 'warning' });
  for (const key of ['revenue', 'potential', ...MIX_ROLES, 'quota'] as const) {
    grid.put(row, key, { formula: sum(key), result: key === 'revenue' || key === 'potential' || key === 'quota' ? f.totals[key] : f.totals.rolePeople[key] }, total);
  }
  // The plan's quota coverage is empty (as on the board) while no role of the plan carries a quota
  // or no covered potential is known.
  const quotaInputs = f.motions.flatMap((m) => MIX_ROLES.map((r) => inputOf(m.motion.id).quota[r]));
  const [quota, potential, coverage, floor] = (['quota', 'potential', 'quotaCoverage', 'quotaFloor'] as const).map((k) => grid.addr(k, row));
  grid.put(
    row,
    'quotaCoverage',
    { formula: `IF(OR(${countOf(quotaInputs)}=0,${potential}=0),"",${quota}/${potential})`, result: f.totals.quotaCoverage === null ? '' : f.totals.quotaCoverage / 100 },
    total,
  );
  grid.put(row, 'quotaFloor', plan.scenario.quotaFloor / 100, { input: true });
  // Over the wallet first (a quota above the covered potential cannot be sold), then below a floor (0 = none).
  const over = f.warnings.some((w) => w.kind === 'quotaOverWallet');
  const below = f.warnings.some((w) => w.kind === 'quotaBelowFloor');
  const [overText, belowText] = [textLiteral(t('export.overWallet')), textLiteral(t('export.belowFloor'))];
  grid.put(
    row,
    'quotaCheck',
    {
      formula: `IF(NOT(ISNUMBER(${coverage})),"",IF(${coverage}>1+1E-11,${overText},IF(AND(${floor}>0,${coverage}<${floor}-1E-11),${belowText},"")))`,
      result: over ? t('export.overWallet') : below ? t('export.belowFloor') : '',
    },
    { style: 'warning' },
  );
  return row;
}

/** How many of the cells hold a number, in COUNTs of at most 200 arguments (Excel's limit is 255). */
function countOf(refs: readonly string[]): string {
  if (refs.length === 0) return '0';
  const parts: string[] = [];
  for (let i = 0; i < refs.length; i += 200) parts.push(`COUNT(${refs.slice(i, i + 200).join(',')})`);
  return parts.join('+');
}

/** The board's over-limit warning as a live check: empty while within the limit (or with none). */
function overLimit(book: BookContext, limitRef: string, peopleRef: string, motion: PlannedMotion, people: number): CellValue {
  const [before = '', after = ''] = book.input.t('coverage:export.overLimit', { limit: '\u0000' }).split('\u0000');
  const over = motion.peopleLimit !== null && people > motion.peopleLimit;
  return {
    formula: `IF(AND(ISNUMBER(${limitRef}),${peopleRef}>${limitRef}),${textLiteral(before)}&${limitRef}&${textLiteral(after)},"")`,
    result: over ? `${before}${motion.peopleLimit}${after}` : '',
  };
}
