import PptxGenJS from 'pptxgenjs';
import type { ExportInput } from '../../../shared/export/input';
import { BOARD_EXPORTS } from '../../../renderer/boards/exports';
import type { ExportJob } from '../jobs';
import { createDeck } from './deckContext';
import { finishPptx } from './finish';
import { defineMasters } from './master';
import { DECK_FONTS, deckStyle } from './style';
import { addTitleSlide, longDate } from './titleSlide';

/** Accounts one slide of the appendix lists (about: columns and wrapping decide). */
const ACCOUNTS_PER_SLIDE = 90;

/**
 * Steps of the job, known before the slides are drawn only roughly (the account lists and the
 * tables decide): the progress bar moves smoothly and the job grows its total if need be.
 */
function estimateSteps(input: ExportInput): number {
  const r = input.records;
  const plans = Math.max(1, r.scenario.length);
  return 12 + plans * 3 + r.route.length + Math.ceil(r.account.length / ACCOUNTS_PER_SLIDE) + r.segment.length + 1;
}

/** "海格物流 · 销售转型研讨会 · 2026年12月3日": who and when, on every slide. */
function footerText(input: ExportInput): string {
  const parts = [input.workshop.client.trim(), input.workshop.name.trim(), longDate(input.at, input.language)];
  return parts.filter((p, i) => p !== '' && parts.indexOf(p) === i).join('  ·  ');
}

/** The workshop as an editable 16:9 deck (pptxgenjs): title, then every board's slides, then the appendix. */
export async function writeDeck(input: ExportInput, job: ExportJob): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONTS.latin, bodyFontFace: DECK_FONTS.latin };
  pptx.title = input.workshop.name;
  pptx.subject = input.t('common:export.deck.kicker');
  // The file's properties (File → Info): the client's name where PowerPoint shows a company.
  pptx.company = input.workshop.client || input.workshop.name;
  pptx.author = 'Salesmap';
  const style = deckStyle(input.language);
  defineMasters(pptx, style, footerText(input));
  const { deck, appendices } = createDeck(input, pptx, job, style);
  job.plan(estimateSteps(input));

  await addTitleSlide(deck);
  for (const board of BOARD_EXPORTS) await board.slides(deck);
  if (appendices.length > 0) {
    await deck.addSection({ title: input.t('common:export.deck.appendix'), subtitle: input.t('common:export.deck.appendixSubtitle') });
    for (const draw of appendices) await draw();
  }

  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Uint8Array;
  await job.step();
  return finishPptx(raw, DECK_FONTS);
}
