import type { DeckContext, DeckRun } from '../../../../shared/export/deck';
import { agendaFigures } from './figures';

/** The agenda of the day: each block's time, title (with its notes), length and board. */
export async function agendaSlides(deck: DeckContext): Promise<void> {
  const { input, style } = deck;
  const t = (key: string, values?: Record<string, unknown>) => input.t(`agenda:${key}`, values);
  const figures = agendaFigures(input);
  const heading = {
    title: t('export.title'),
    ...(figures.start && figures.end
      ? { subtitle: t('total', { start: figures.start, end: figures.end, count: figures.rows.length }) }
      : {}),
  };
  if (figures.rows.length === 0) {
    const slide = await deck.addSlide(heading);
    deck.addText(slide, t('export.empty'), { ...style.body, h: 0.6 }, { color: style.color.muted });
    return;
  }
  await deck.addTableSlides({
    heading,
    table: {
      columns: [
        { header: t('export.time'), width: 1.5 },
        { header: t('export.block'), width: 6.5 },
        { header: t('export.duration'), width: 1.2, align: 'right' },
        { header: t('export.board'), width: 1.8 },
      ],
      rows: figures.rows.map(({ item, end }) => {
        const block: DeckRun[] = [{ text: item.title, bold: true }];
        if (item.notes.trim()) block.push({ text: item.notes.trim(), color: style.color.muted, newLine: true });
        return [
          `${item.start}–${end}`,
          { text: block },
          input.t('common:minutes', { count: item.duration }),
          item.board ? input.t(`common:boards.${item.board}`) : '—',
        ];
      }),
      // A full day (the template's eleven blocks and a break) stays on one slide in the small size.
      ...(figures.rows.length > 10 ? { fontSize: style.size.small } : {}),
    },
  });
}
