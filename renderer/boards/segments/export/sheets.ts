import { addGrid, ROWS_PER_STEP, type BookContext, type GridColumn, type PutOptions } from '../../../../shared/export/book';
import { accountColumns, segmentsText, type AccountField } from './columns';
import { segmentsFigures, type SegmentColumn } from './figures';

type SegmentKey = 'number' | 'name' | 'accounts' | 'revenue' | 'withRevenue' | 'average' | 'share' | 'potential' | 'description' | 'buying' | 'painPoints';

/** Where the accounts sheet keeps what the segment figures count (its data rows and columns). */
interface AccountRanges {
  segmentNumber: string;
  revenue: string;
  potential: string;
  name: string;
}

/** Accounts in board order: the Unassigned column first, then each segment's, as on the board. */
const boardOrder = (f: ReturnType<typeof segmentsFigures>): SegmentColumn[] => [f.unassigned, ...f.segments];

/**
 * The segments board's sheets: every account with its segment, and the segments with their
 * figures as live formulas over the accounts (formula notes: renderer/boards/coverage/export/sheets.ts).
 */
export async function segmentsSheets(book: BookContext): Promise<void> {
  const figures = segmentsFigures(book.input);
  const ranges = await accountsSheet(book, figures);
  segmentsSheet(book, figures, ranges);
  await book.job.step();
}

async function accountsSheet(book: BookContext, figures: ReturnType<typeof segmentsFigures>): Promise<AccountRanges> {
  const t = segmentsText(book.input);
  const fields = accountColumns(book.input);
  const [nameField, ...restFields] = fields;
  const columns: GridColumn<AccountField | 'segment' | 'segmentNumber'>[] = [
    nameField!,
    { key: 'segment', header: t('export.columns.segment'), format: 'text' },
    { key: 'segmentNumber', header: t('export.columns.segmentNumber'), format: 'int', note: t('export.notes.segmentNumber') },
    ...restFields,
  ];
  const grid = addGrid(book, t('export.sheets.accounts'), columns);
  const numberOf = new Map(figures.segments.map((c, i) => [c.segment!.id, i + 1]));
  const first = 2;
  let row = first;
  for (const column of boardOrder(figures)) {
    const segment = column.segment?.name ?? t('unassigned');
    const number = column.segment ? numberOf.get(column.segment.id)! : null;
    for (const account of column.accounts) {
      for (const f of fields) grid.put(row, f.key, f.value(account));
      grid.put(row, 'segment', segment);
      grid.put(row, 'segmentNumber', number, { input: true });
      row += 1;
      if ((row - first) % ROWS_PER_STEP === 0) await book.job.step();
    }
  }
  const last = row - 1;
  grid.finish({ frozenRows: 1, frozenColumns: 1, filter: { header: 1, last } });
  return {
    segmentNumber: grid.range('segmentNumber', first, last),
    revenue: grid.range('revenue', first, last),
    potential: grid.range('potential', first, last),
    name: grid.range('name', first, last),
  };
}

function segmentsSheet(book: BookContext, figures: ReturnType<typeof segmentsFigures>, acc: AccountRanges): void {
  const t = segmentsText(book.input);
  const symbol = book.formats.symbol;
  const h = (key: string) => t(`export.columns.${key}`, { symbol });
  const columns: GridColumn<SegmentKey>[] = [
    { key: 'number', header: h('number'), format: 'int' },
    { key: 'name', header: h('segment'), format: 'text', maxWidth: 30 },
    { key: 'accounts', header: h('accounts'), format: 'int', note: t('export.notes.figures') },
    { key: 'revenue', header: h('revenue'), format: 'money' },
    { key: 'withRevenue', header: h('withRevenue'), format: 'int' },
    { key: 'average', header: h('average'), format: 'money' },
    { key: 'share', header: h('share'), format: 'percent' },
    { key: 'potential', header: h('potential'), format: 'money' },
    { key: 'description', header: h('description'), format: 'text', maxWidth: 40 },
    { key: 'buying', header: h('buying'), format: 'text', maxWidth: 40 },
    { key: 'painPoints', header: h('painPoints'), format: 'text', maxWidth: 40 },
  ];
  const grid = addGrid(book, t('export.sheets.segments'), columns);
  const first = 2;
  const unassignedRow = first + figures.segments.length;
  const totalRow = unassignedRow + 1;
  const totalRevenue = grid.addr('revenue', totalRow, true);
  // Average and share read the row's own figures, the same way in every row.
  const derived = (row: number, c: { average: number | null; share: number | null }, opts: PutOptions = {}) => {
    const [revenue, known] = [grid.addr('revenue', row), grid.addr('withRevenue', row)];
    grid.put(row, 'average', { formula: `IF(${known}=0,"",${revenue}/${known})`, result: c.average ?? '' }, opts);
    grid.put(row, 'share', { formula: `IF(${totalRevenue}>0,${revenue}/${totalRevenue},"")`, result: c.share === null ? '' : c.share / 100 }, opts);
  };

  figures.segments.forEach((column, i) => {
    const row = first + i;
    const segment = column.segment!;
    const key = grid.addr('number', row);
    grid.put(row, 'number', i + 1);
    grid.put(row, 'name', segment.name);
    grid.put(row, 'accounts', { formula: `COUNTIF(${acc.segmentNumber},${key})`, result: column.figures.count });
    grid.put(row, 'revenue', { formula: `SUMIF(${acc.segmentNumber},${key},${acc.revenue})`, result: column.figures.revenue });
    grid.put(row, 'withRevenue', { formula: `COUNTIFS(${acc.segmentNumber},${key},${acc.revenue},">=0")`, result: column.figures.withRevenue });
    derived(row, { average: column.figures.average, share: column.share });
    // The client's wallet in the segment: what the coverage plans' quota is compared with.
    grid.put(row, 'potential', { formula: `SUMIF(${acc.segmentNumber},${key},${acc.potential})`, result: knownPotential(column.accounts) });
    grid.put(row, 'description', segment.description);
    grid.put(row, 'buying', segment.buying);
    grid.put(row, 'painPoints', segment.painPoints);
    book.links.segmentAccounts.set(segment.id, grid.ref('accounts', row));
    book.links.segmentRevenue.set(segment.id, grid.ref('revenue', row));
    book.links.segmentPotential.set(segment.id, grid.ref('potential', row));
  });

  // Unassigned is whatever no segment counts, exactly as the board puts an account whose segment
  // is gone into Unassigned.
  const rest = (key: 'accounts' | 'revenue' | 'withRevenue', whole: string) =>
    figures.segments.length === 0 ? whole : `${whole}-SUM(${grid.addr(key, first)}:${grid.addr(key, unassignedRow - 1)})`;
  const u = figures.unassigned;
  grid.put(unassignedRow, 'name', t('unassigned'));
  grid.put(unassignedRow, 'accounts', { formula: rest('accounts', `COUNTA(${acc.name})`), result: u.figures.count });
  grid.put(unassignedRow, 'revenue', { formula: rest('revenue', `SUM(${acc.revenue})`), result: u.figures.revenue });
  grid.put(unassignedRow, 'withRevenue', { formula: rest('withRevenue', `COUNT(${acc.revenue})`), result: u.figures.withRevenue });
  derived(unassignedRow, { average: u.figures.average, share: u.share });
  grid.put(unassignedRow, 'description', t('export.notes.unassigned'), { style: 'note' });

  const totals = figures.totals;
  const total = { style: 'total' as const };
  grid.put(totalRow, 'name', t('export.total'), total);
  grid.put(totalRow, 'accounts', { formula: `COUNTA(${acc.name})`, result: totals.count }, total);
  grid.put(totalRow, 'revenue', { formula: `SUM(${acc.revenue})`, result: totals.revenue }, total);
  grid.put(totalRow, 'withRevenue', { formula: `COUNT(${acc.revenue})`, result: totals.withRevenue }, total);
  derived(totalRow, { average: totals.average, share: totals.revenue > 0 ? 100 : null }, total);
  grid.finish({ frozenRows: 1, frozenColumns: 2, filter: { header: 1, last: unassignedRow } });
}

/** Σ of the known potentials (unknown = empty = 0 for SUMIF), as shared/calc/coverage segmentFacts().potentialTotal. */
function knownPotential(accounts: readonly { potential: number | null }[]): number {
  return accounts.reduce((s, a) => s + (a.potential ?? 0), 0);
}
