import { addGrid, type BookContext, type GridColumn } from '../../../../shared/export/book';
import { opportunitiesFigures } from './figures';

type Key = 'name' | 'account' | 'stage' | 'value' | 'probability' | 'weighted' | 'closeDate' | 'owner' | 'role' | 'route' | 'nextAction' | 'assessment';

/**
 * The opportunities as a sheet: value and probability are inputs, the weighted value a live
 * formula, the total a SUM, so the client can play with the pipeline after the workshop.
 */
export async function opportunitiesSheets(book: BookContext): Promise<void> {
  const t = (key: string, values?: Record<string, unknown>) => book.input.t(`opportunities:${key}`, values);
  const f = opportunitiesFigures(book.input);
  const columns: GridColumn<Key>[] = [
    { key: 'name', header: t('field.name'), format: 'text', maxWidth: 40 },
    { key: 'account', header: t('field.account'), format: 'text', maxWidth: 30 },
    { key: 'stage', header: t('table.stage'), format: 'text' },
    { key: 'value', header: t('table.value'), format: 'money' },
    { key: 'probability', header: t('field.probability'), format: 'percent' },
    { key: 'weighted', header: t('table.weighted'), format: 'money' },
    { key: 'closeDate', header: t('field.closeDate'), format: 'text' },
    { key: 'owner', header: t('field.owner'), format: 'text' },
    { key: 'role', header: t('field.role'), format: 'text' },
    { key: 'route', header: t('field.route'), format: 'text', maxWidth: 30 },
    { key: 'nextAction', header: t('field.nextAction'), format: 'text', maxWidth: 50 },
    { key: 'assessment', header: t('assessment.title'), format: 'text' },
  ];
  const grid = addGrid(book, t('export.sheet'), columns);
  f.rows.forEach((r, i) => {
    const row = i + 2;
    const o = r.opportunity;
    grid.put(row, 'name', o.name);
    grid.put(row, 'account', r.account);
    grid.put(row, 'stage', r.stage?.name ?? '');
    grid.put(row, 'value', o.value, { input: true });
    grid.put(row, 'probability', o.probability / 100, { input: true });
    grid.put(row, 'weighted', { formula: `${grid.addr('value', row)}*${grid.addr('probability', row)}`, result: r.weighted });
    grid.put(row, 'closeDate', o.closeDate);
    grid.put(row, 'owner', o.owner);
    grid.put(row, 'role', r.role);
    grid.put(row, 'route', r.route);
    grid.put(row, 'nextAction', o.nextAction);
    grid.put(row, 'assessment', r.assessment.recommendation ? `${t(`assessment.rec.${r.assessment.recommendation}`)} (${Math.round(r.assessment.percent)})` : '');
  });
  const total = f.rows.length + 2;
  grid.put(total, 'name', t('export.total'), { style: 'total' });
  if (f.rows.length > 0) {
    grid.put(total, 'value', { formula: `SUM(${grid.addr('value', 2)}:${grid.addr('value', total - 1)})`, result: f.pipeline.total.value }, { style: 'total' });
    grid.put(total, 'weighted', { formula: `SUM(${grid.addr('weighted', 2)}:${grid.addr('weighted', total - 1)})`, result: f.pipeline.total.weighted }, { style: 'total' });
  }
  grid.finish({ frozenRows: 1, frozenColumns: 1 });
  await book.job.step();
}
