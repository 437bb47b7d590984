import { addGrid, type BookContext, type GridColumn } from '../../../../shared/export/book';
import { cadenceFigures } from './figures';

type MeetingKey = 'day' | 'level' | 'attendees' | 'purpose' | 'inputs' | 'decisions' | 'timeBox' | 'horizon' | 'report';
type RoleKey = 'name' | 'kind' | 'does' | 'measured' | 'owned';

/** The review cadence and the sales roles as two sheets the client keeps using. */
export async function cadenceSheets(book: BookContext): Promise<void> {
  const t = (key: string, values?: Record<string, unknown>) => book.input.t(`cadence:${key}`, values);
  const f = cadenceFigures(book.input);
  const columns: GridColumn<MeetingKey>[] = [
    { key: 'day', header: t('field.day'), format: 'text' },
    { key: 'level', header: t('field.level'), format: 'text' },
    { key: 'attendees', header: t('field.attendees'), format: 'text', maxWidth: 30 },
    { key: 'purpose', header: t('field.purpose'), format: 'text', maxWidth: 40 },
    { key: 'inputs', header: t('field.inputs'), format: 'text', maxWidth: 40 },
    { key: 'decisions', header: t('field.decisions'), format: 'text', maxWidth: 40 },
    { key: 'timeBox', header: t('field.timeBox'), format: 'int' },
    { key: 'horizon', header: t('field.horizon'), format: 'text' },
    { key: 'report', header: t('export.report'), format: 'text', maxWidth: 50 },
  ];
  const grid = addGrid(book, t('export.sheetCadence'), columns);
  f.meetings.forEach((m, i) => {
    const row = i + 2;
    for (const key of ['day', 'level', 'attendees', 'purpose', 'inputs', 'decisions'] as const) grid.put(row, key, m[key]);
    grid.put(row, 'timeBox', m.timeBox, { input: true });
    grid.put(row, 'horizon', t(`horizon.${m.horizon}`));
    grid.put(row, 'report', m.report.map((r) => t(`figure.${r}`)).join('; '));
  });
  grid.finish({ frozenRows: 1, frozenColumns: 2 });

  const roleColumns: GridColumn<RoleKey>[] = [
    { key: 'name', header: t('roles.name'), format: 'text' },
    { key: 'kind', header: t('roles.kind'), format: 'text' },
    { key: 'does', header: t('roles.does'), format: 'text', maxWidth: 60 },
    { key: 'measured', header: t('roles.measured'), format: 'text', maxWidth: 50 },
    { key: 'owned', header: t('roles.owned'), format: 'int' },
  ];
  const roles = addGrid(book, t('export.sheetRoles'), roleColumns);
  f.roles.forEach((r, i) => {
    const row = i + 2;
    roles.put(row, 'name', r.name);
    roles.put(row, 'kind', r.kind ? t(`roles.kinds.${r.kind}`) : t('roles.kindNone'));
    roles.put(row, 'does', r.does);
    roles.put(row, 'measured', r.measured);
    roles.put(row, 'owned', f.owned.get(r.id) ?? 0);
  });
  roles.finish({ frozenRows: 1 });
  await book.job.step();
}
