import type { DeckContext } from '../../../../shared/export/deck';
import { cadenceFigures } from './figures';

/** The cadence board's slides: the weekly reviews (tactical → strategic) and the sales roles. */
export async function cadenceSlides(deck: DeckContext): Promise<void> {
  const { input } = deck;
  const t = (key: string, values?: Record<string, unknown>) => input.t(`cadence:${key}`, values);
  const f = cadenceFigures(input);
  if (f.meetings.length === 0 && f.roles.length === 0) return;
  await deck.addSection({ title: t('title'), subtitle: t('lead') });
  if (f.meetings.length > 0) {
    await deck.addTableSlides({
      heading: { title: t('table.title'), subtitle: `${t('axis.tactical')} → ${t('axis.strategic')}` },
      table: {
        columns: [
          { header: t('field.day'), width: 1 },
          { header: t('field.level'), width: 1.5 },
          { header: t('field.attendees'), width: 2 },
          { header: t('field.purpose'), width: 2.6 },
          { header: t('field.decisions'), width: 2.4 },
          { header: t('field.timeBox'), width: 1, align: 'right' },
          { header: t('export.report'), width: 2.6 },
        ],
        rows: f.meetings.map((m) => [
          m.day,
          { text: m.level, bold: true },
          m.attendees || '—',
          m.purpose || '—',
          m.decisions || '—',
          String(m.timeBox),
          m.report.map((r) => t(`figure.${r}`)).join('\n') || '—',
        ]),
      },
    });
  }
  if (f.roles.length > 0) {
    await deck.addTableSlides({
      heading: { title: t('roles.title') },
      table: {
        columns: [
          { header: t('roles.name'), width: 1.6 },
          { header: t('roles.does'), width: 5 },
          { header: t('roles.measured'), width: 4 },
          { header: t('roles.owned'), width: 1.4, align: 'right' },
        ],
        rows: f.roles.map((r) => [{ text: r.name, bold: true }, r.does || '—', r.measured || '—', String(f.owned.get(r.id) ?? 0)]),
      },
    });
  }
}
