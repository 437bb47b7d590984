import { addGrid, textLiteral, type BookContext, type CellValue, type GridColumn } from '../../../../shared/export/book';
import { methodFigures } from './figures';

type StageKey = 'number' | 'stage' | 'probability' | 'outcome' | 'check';
type FunnelKey = 'step' | 'rate' | 'count';

const methodText = (book: BookContext) => (key: string, values?: Record<string, unknown>) => book.input.t(`method:${key}`, values);

/**
 * The sales method board's sheets: the stages with their probabilities, and the funnel calculator
 * with its conversion rates as inputs (formula notes: renderer/boards/coverage/export/sheets.ts).
 */
export async function methodSheets(book: BookContext): Promise<void> {
  const figures = methodFigures(book.input);
  stagesSheet(book, figures);
  funnelSheet(book, figures);
  await book.job.step();
}

function stagesSheet(book: BookContext, figures: ReturnType<typeof methodFigures>): void {
  const t = methodText(book);
  const columns: GridColumn<StageKey>[] = [
    { key: 'number', header: t('export.columns.number'), format: 'int' },
    { key: 'stage', header: t('export.columns.stage'), format: 'text', maxWidth: 30 },
    { key: 'probability', header: t('export.columns.probability'), format: 'percent' },
    { key: 'outcome', header: t('export.columns.outcome'), format: 'text', maxWidth: 60 },
    { key: 'check', header: t('export.columns.check'), format: 'text' },
  ];
  const grid = addGrid(book, t('export.sheets.stages'), columns);
  const below = new Set(figures.outOfOrder.map((o) => o.stage.id));
  figures.stages.forEach((stage, i) => {
    const row = i + 2;
    grid.put(row, 'number', i + 1);
    grid.put(row, 'stage', stage.name);
    grid.put(row, 'probability', stage.probability / 100, { input: true });
    grid.put(row, 'outcome', stage.outcome);
    // The deck's rule, live: probability is bound to stage and must not fall from one to the next.
    if (i > 0) {
      const [p, q] = [grid.addr('probability', row), grid.addr('probability', row - 1)];
      grid.put(row, 'check', { formula: `IF(${p}<${q},${textLiteral(t('export.belowPrevious'))},"")`, result: below.has(stage.id) ? t('export.belowPrevious') : '' }, { style: 'warning' });
    }
  });
  grid.finish({ frozenRows: 1, frozenColumns: 2, filter: { header: 1, last: figures.stages.length + 1 } });
}

function funnelSheet(book: BookContext, figures: ReturnType<typeof methodFigures>): void {
  const t = methodText(book);
  const { funnel, rows } = figures;
  const fromWins = funnel.mode === 'fromWins';
  const columns: GridColumn<FunnelKey>[] = [
    { key: 'step', header: t('export.columns.step'), format: 'text', maxWidth: 30 },
    { key: 'rate', header: t('export.columns.rate'), format: 'percent', note: t('export.notes.rate') },
    { key: 'count', header: t(fromWins ? 'export.columns.needed' : 'export.columns.expected'), format: fromWins ? 'int' : 'decimal' },
  ];
  const grid = addGrid(book, t('export.sheets.funnel'), columns);
  const first = 2;
  const n = funnel.steps.length;
  const lastStep = first + n - 1;
  const startRow = lastStep + 2;
  const overallRow = startRow + 1;
  const start = grid.addr('rate', startRow, true);
  // The rates from step i up to the one before the win (the win's own rate is unused).
  const rates = (i: number) => `${grid.addr('rate', first + i, true)}:${grid.addr('rate', lastStep - 1, true)}`;
  const impossible = t('export.impossible');

  funnel.steps.forEach((step, i) => {
    const row = first + i;
    grid.put(row, 'step', step.name);
    if (i < n - 1) grid.put(row, 'rate', step.rate / 100, { input: true });
    const count = rows[i]!.count;
    const result = Number.isFinite(count) ? count : impossible;
    let value: CellValue;
    if (fromWins) {
      value =
        i === n - 1
          ? { formula: start, result }
          : { formula: `IF(${start}=0,0,IF(PRODUCT(${rates(i)})=0,${textLiteral(impossible)},CEILING(${start}/PRODUCT(${rates(i)})-1E-9,1)))`, result };
    } else {
      value = i === 0 ? { formula: start, result } : { formula: `${grid.addr('count', row - 1)}*${grid.addr('rate', row - 1)}`, result };
    }
    grid.put(row, 'count', value, { style: typeof result === 'string' ? 'warning' : undefined });
  });

  grid.put(startRow, 'step', book.input.t(fromWins ? 'method:funnel.targetWins' : 'method:funnel.visits'));
  grid.put(startRow, 'rate', fromWins ? funnel.targetWins : funnel.visits, { input: true, format: 'int' });
  grid.put(overallRow, 'step', t('export.overall'), { style: 'total' });
  grid.put(overallRow, 'rate', { formula: `PRODUCT(${rates(0)})`, result: figures.overall / 100 }, { style: 'total' });
  grid.finish({ frozenRows: 1 });
}
