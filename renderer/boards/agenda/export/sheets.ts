import { addGrid, sumOf, type BookContext, type GridColumn } from '../../../../shared/export/book';
import { agendaFigures } from './figures';

type AgendaKey = 'number' | 'start' | 'end' | 'duration' | 'title' | 'board' | 'notes';

/** "09:30" → the fraction of a day Excel keeps a time as. */
const dayFraction = (clock: string) => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return (h * 60 + m) / 1440;
};

/** The agenda board's sheet: the day's blocks, each end computed from its start and length (formula notes: coverage/export/sheets.ts). */
export async function agendaSheets(book: BookContext): Promise<void> {
  const t = (key: string) => book.input.t(`agenda:${key}`);
  const figures = agendaFigures(book.input);
  const columns: GridColumn<AgendaKey>[] = [
    { key: 'number', header: t('export.columns.number'), format: 'int' },
    { key: 'start', header: t('export.columns.start'), format: 'time', note: t('export.notes.start') },
    { key: 'end', header: t('export.columns.end'), format: 'time' },
    { key: 'duration', header: t('export.columns.duration'), format: 'int' },
    { key: 'title', header: t('export.columns.title'), format: 'text', maxWidth: 44 },
    { key: 'board', header: t('export.columns.board'), format: 'text' },
    { key: 'notes', header: t('export.columns.notes'), format: 'text', maxWidth: 60 },
  ];
  const grid = addGrid(book, t('export.sheets.agenda'), columns);
  figures.rows.forEach(({ item, end }, i) => {
    const row = i + 2;
    grid.put(row, 'number', i + 1);
    grid.put(row, 'start', dayFraction(item.start), { input: true });
    grid.put(row, 'duration', item.duration, { input: true });
    grid.put(row, 'end', { formula: `MOD(${grid.addr('start', row)}+${grid.addr('duration', row)}/1440,1)`, result: dayFraction(end) });
    grid.put(row, 'title', item.title);
    grid.put(row, 'board', item.board ? book.input.t(`common:boards.${item.board}`) : '');
    grid.put(row, 'notes', item.notes);
  });
  const last = figures.rows.length + 1;
  const totalRow = last + 1;
  const total = { style: 'total' as const };
  grid.put(totalRow, 'title', t('export.total'), total);
  if (figures.rows.length > 0) {
    grid.put(totalRow, 'start', { formula: grid.addr('start', 2), result: dayFraction(figures.start!) }, total);
    grid.put(totalRow, 'end', { formula: grid.addr('end', last), result: dayFraction(figures.end!) }, total);
  }
  grid.put(totalRow, 'duration', { formula: sumOf(figures.rows.length ? [`${grid.addr('duration', 2)}:${grid.addr('duration', last)}`] : []), result: figures.minutes }, total);
  grid.finish({ frozenRows: 1, filter: { header: 1, last } });
  await book.job.step();
}
