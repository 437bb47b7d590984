import type { DeckContext } from '../../../shared/export/deck';
import { MASTER } from './master';

/** "2026年12月3日" / "3 December 2026": the day of the export, as the workshop's language writes dates. */
export function longDate(at: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric' }).format(at);
}

/** The cover: what the deck is, the workshop, the client, the date. */
export async function addTitleSlide(deck: DeckContext): Promise<void> {
  const { input, style } = deck;
  await deck.job.step();
  const slide = deck.pptx.addSlide({ masterName: MASTER.title });
  const x = 1.1;
  const w = style.width - x - 1.0;
  const t = input.t;
  deck.addText(slide, t('common:export.deck.kicker'), { x, y: 1.55, w, h: 0.5 }, { fontSize: 16, bold: true, color: style.color.accent });
  const name = input.workshop.name;
  const nameSize = deck.textHeight(name, w, 40, true) <= 1.9 ? 40 : 32;
  deck.addText(slide, name, { x, y: 2.1, w, h: 2.0 }, { fontSize: nameSize, bold: true, color: style.color.text, valign: 'top' });
  const client = input.workshop.client.trim();
  if (client) deck.addText(slide, t('common:export.deck.client', { client }), { x, y: 4.3, w, h: 0.55 }, { fontSize: 20, color: style.color.text });
  deck.addText(slide, longDate(input.at, input.language), { x, y: style.height - 0.75, w, h: 0.6 }, { fontSize: 14, color: style.color.muted, valign: 'middle' });
}
