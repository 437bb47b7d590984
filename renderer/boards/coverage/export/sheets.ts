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
 *   Unassigned  all accounts − Σ segment rows       segmentsFigures().unassigned (an account
 *                                                   whose number no segment has is Unassigned,
 *                                                   as an account of a deleted segment is)
 *   total       COUNTA(names), SUM(revenue),        boardTotals() (which rounds the revenue to
 *               COUNT(revenue)                      1e-6 ¥ M: far below any shown digit)
 * Coverage plans sheet (this file), one block per plan, capacity and cost per person read from
 * the Coverage motions sheet (inputs shared by every plan, as motions are on the board):
 *   accounts    ='Segments'!count                   segmentFacts().accounts
 *   covered     accounts × share                    coveredAccounts(accounts, share) (the share
 *                                                   cell is the fraction 0.3, i.e. share ÷ 100)
 *   people      CEILING(ROUND(covered/capacity,9),1) peopleNeeded(): Math.ceil(Math.round(exact ×
 *                                                   1e9) ÷ 1e9). ROUND(x,9) is that rounding
 *                                                   (half away from zero; x ≥ 0), so 100 × 30 % ÷
 *                                                   30 = 1.0000000000000002 is 1 person, not 2.
 *                                                   A capacity of 0 shows #DIV/0!, where the board
 *                                                   refuses it (capacity_not_positive).
 *   cost        people × cost per person            costOf(people, costPerPerson)
 *   by motion   people = SUM(the motion's cells)    planFigures() motion totals: people are
 *               covered, cost = SUM likewise        staffed per segment (see HEADCOUNT below)
 *   check       IF(AND(ISNUMBER(limit),             the overLimit warning (people > limit;
 *               people>limit), "over …", "")        no limit = empty cell)
 *   plan total  SUM(by-motion rows)                 planFigures().totals (Σ motions = Σ segments)
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
import type { PlanFigures } from '../../../../shared/calc/coverage';
import type { Motion } from '../../../../shared/records';
import { coverageFigures, type PlanExport } from './figures';

type MotionKey = 'number' | 'motion' | 'drive' | 'capacity' | 'costPerPerson' | 'peopleLimit' | 'revenueThreshold' | 'hunter' | 'farmer' | 'coach' | 'notes';
type PlanKey = 'plan' | 'segment' | 'motion' | 'role' | 'accounts' | 'share' | 'covered' | 'capacity' | 'people' | 'costPerPerson' | 'cost' | 'check';

/** A motion's input cells on the motions sheet, as other sheets reference them. */
interface MotionInputs {
  capacity: string;
  costPerPerson: string;
  peopleLimit: string;
}

/** The cells of one motion in a plan block, for its by-motion row. */
interface MotionCells {
  covered: string[];
  people: string[];
  cost: string[];
}

/**
 * Headcount, in the one place issue 11 changes it. Today people are staffed per segment (each
 * cell rounds up on its own; a motion's people are the sum of its cells), as shared/calc/coverage
 * planFigures() does. Pooled per motion (people = ceil(Σ covered ÷ capacity) per motion) would
 * make `cell` return null (no per-cell people) and `motion` round the motion's covered sum; the
 * block's layout stays as it is.
 */
const HEADCOUNT = {
  cell: (covered: string, capacity: string): string => `CEILING(ROUND(${covered}/${capacity},9),1)`,
  motion: (cells: MotionCells, _capacity: string): string => sumOf(cells.people),
};

const coverageText = (book: BookContext) => (key: string, values?: Record<string, unknown>) => book.input.t(`coverage:${key}`, values);

export async function coverageSheets(book: BookContext): Promise<void> {
  const figures = coverageFigures(book.input);
  const inputs = motionsSheet(book);
  plansSheet(book, figures.plans, inputs);
  await book.job.step();
}

function motionsSheet(book: BookContext): Map<string, MotionInputs> {
  const t = coverageText(book);
  const h = (key: string) => t(`export.columns.${key}`, { symbol: book.formats.symbol });
  const columns: GridColumn<MotionKey>[] = [
    { key: 'number', header: h('number'), format: 'int' },
    { key: 'motion', header: h('motion'), format: 'text', maxWidth: 30 },
    { key: 'drive', header: h('drive'), format: 'text' },
    { key: 'capacity', header: h('capacity'), format: 'int', note: t('export.notes.capacity') },
    { key: 'costPerPerson', header: h('costPerPerson'), format: 'money', note: t('export.notes.capacity') },
    { key: 'peopleLimit', header: h('peopleLimit'), format: 'int' },
    { key: 'revenueThreshold', header: h('revenueThreshold'), format: 'money' },
    { key: 'hunter', header: h('hunter'), format: 'percent' },
    { key: 'farmer', header: h('farmer'), format: 'percent' },
    { key: 'coach', header: h('coach'), format: 'percent' },
    { key: 'notes', header: h('notes'), format: 'text', maxWidth: 50 },
  ];
  const grid = addGrid(book, t('export.sheets.motions'), columns);
  const inputs = new Map<string, MotionInputs>();
  book.input.records.motion.forEach((m, i) => {
    const row = i + 2;
    const input = { input: true };
    grid.put(row, 'number', i + 1);
    grid.put(row, 'motion', m.name);
    grid.put(row, 'drive', t(`drive.${m.drive}`));
    // A capacity like 2.5 accounts per person is allowed; show its decimals.
    grid.put(row, 'capacity', m.capacity, { ...input, format: Number.isInteger(m.capacity) ? 'int' : 'decimal' });
    grid.put(row, 'costPerPerson', m.costPerPerson, input);
    grid.put(row, 'peopleLimit', m.peopleLimit, input);
    grid.put(row, 'revenueThreshold', m.revenueThreshold);
    grid.put(row, 'hunter', m.roles.hunter / 100);
    grid.put(row, 'farmer', m.roles.farmer / 100);
    grid.put(row, 'coach', m.roles.coach / 100);
    grid.put(row, 'notes', m.notes);
    inputs.set(m.id, { capacity: grid.ref('capacity', row), costPerPerson: grid.ref('costPerPerson', row), peopleLimit: grid.ref('peopleLimit', row) });
  });
  grid.finish({ frozenRows: 1, frozenColumns: 2, filter: { header: 1, last: book.input.records.motion.length + 1 } });
  return inputs;
}

function plansSheet(book: BookContext, plans: PlanExport[], inputs: Map<string, MotionInputs>): void {
  const t = coverageText(book);
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
    { key: 'people', header: h('people'), format: 'int', note: t('export.notes.people') },
    { key: 'costPerPerson', header: h('costPerPerson'), format: 'money' },
    { key: 'cost', header: h('cost'), format: 'money' },
    { key: 'check', header: h('check'), format: 'text', maxWidth: 30 },
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
  const byMotion = new Map<string, MotionCells>(f.motions.map((m) => [m.motion.id, { covered: [], people: [], cost: [] }]));
  const segmentAccounts: string[] = [];
  const motionOf = new Map(f.motions.map((m) => [m.motion.id, m.motion]));

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
      const input = inputs.get(motion.id)!;
      const [acc, share, covered, capacity, people, cpp] = (['accounts', 'share', 'covered', 'capacity', 'people', 'costPerPerson'] as const).map((k) => grid.addr(k, row));
      grid.put(row, 'plan', planName);
      grid.put(row, 'segment', s.segment.name);
      grid.put(row, 'motion', motion.name);
      grid.put(row, 'role', t(`role.${cell.coverage.role}`));
      grid.put(row, 'accounts', accounts);
      grid.put(row, 'share', cell.coverage.share / 100, { input: true });
      grid.put(row, 'covered', { formula: `${acc}*${share}`, result: cell.accounts });
      grid.put(row, 'capacity', capacityCell(input.capacity, motion), { format: Number.isInteger(motion.capacity) ? 'int' : 'decimal' });
      grid.put(row, 'people', { formula: HEADCOUNT.cell(covered!, capacity!), result: cell.people });
      grid.put(row, 'costPerPerson', { formula: input.costPerPerson, result: motion.costPerPerson });
      grid.put(row, 'cost', { formula: `${people}*${cpp}`, result: cell.cost });
      const cells = byMotion.get(motion.id)!;
      cells.covered.push(grid.addr('covered', row));
      cells.people.push(grid.addr('people', row));
      cells.cost.push(grid.addr('cost', row));
      row += 1;
    }
    segmentAccounts.push(grid.addr('accounts', first));
  }

  const motionRows: number[] = [];
  for (const m of f.motions) {
    const input = inputs.get(m.motion.id)!;
    const cells = byMotion.get(m.motion.id)!;
    grid.put(row, 'plan', planName);
    grid.put(row, 'segment', t('export.byMotion'), { style: 'note' });
    grid.put(row, 'motion', m.motion.name);
    grid.put(row, 'covered', { formula: sumOf(cells.covered), result: m.accounts });
    grid.put(row, 'capacity', capacityCell(input.capacity, m.motion), { format: Number.isInteger(m.motion.capacity) ? 'int' : 'decimal' });
    grid.put(row, 'people', { formula: HEADCOUNT.motion(cells, grid.addr('capacity', row)), result: m.people });
    grid.put(row, 'costPerPerson', { formula: input.costPerPerson, result: m.motion.costPerPerson });
    grid.put(row, 'cost', { formula: sumOf(cells.cost), result: m.cost });
    grid.put(row, 'check', overLimit(book, input.peopleLimit, grid.addr('people', row), m.motion, m.people), { style: 'warning' });
    motionRows.push(row);
    row += 1;
  }

  const total = { style: 'total' as const };
  const sum = (key: PlanKey) => (motionRows.length ? `SUM(${grid.addr(key, motionRows[0]!)}:${grid.addr(key, motionRows[motionRows.length - 1]!)})` : '0');
  grid.put(row, 'plan', planName, total);
  grid.put(row, 'segment', t('export.planTotal'), total);
  grid.put(row, 'accounts', { formula: sumOf(segmentAccounts), result: f.totals.accounts }, total);
  grid.put(row, 'covered', { formula: sum('covered'), result: f.totals.accountsCovered }, total);
  grid.put(row, 'people', { formula: sum('people'), result: f.totals.people }, total);
  grid.put(row, 'cost', { formula: sum('cost'), result: f.totals.cost }, total);
  const uncovered = f.totals.uncoveredSegments;
  grid.put(row, 'check', uncovered ? t('summary.uncovered', { count: uncovered }) : '', { style: 'warning' });
  return row;
}

const capacityCell = (ref: string, motion: Motion): CellValue => ({ formula: ref, result: motion.capacity });

/** The board's over-limit warning as a live check: empty while within the limit (or with none). */
function overLimit(book: BookContext, limitRef: string, peopleRef: string, motion: Motion, people: number): CellValue {
  const [before = '', after = ''] = book.input.t('coverage:export.overLimit', { limit: '\u0000' }).split('\u0000');
  const over = motion.peopleLimit !== null && people > motion.peopleLimit;
  return {
    formula: `IF(AND(ISNUMBER(${limitRef}),${peopleRef}>${limitRef}),${textLiteral(before)}&${limitRef}&${textLiteral(after)},"")`,
    result: over ? `${before}${motion.peopleLimit}${after}` : '',
  };
}
