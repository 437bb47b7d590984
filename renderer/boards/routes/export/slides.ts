import type { DeckContext } from '../../../../shared/export/deck';
import { sortByOrder } from '../../../../shared/order';
import { routesText } from './deckText';
import { routesFigures } from './figures';
import { gridSlides } from './gridSlides';
import { findingsSlides, routeDetails, routesOverview } from './routeSlides';

/**
 * The routes board's slides: a divider with the findings in figures, the grid with its gaps and
 * conflicts, the findings, every route with its sales-cycle split, then each route's six answers.
 */
export async function routesSlides(deck: DeckContext): Promise<void> {
  const analysis = routesFigures(deck.input);
  const x = routesText(deck.input, analysis);
  const { t } = x;
  const routes = sortByOrder(deck.input.records.route);
  await deck.addSection({
    title: t('title'),
    subtitle: t('export.question'),
    figures: [
      { value: String(analysis.routeCount), label: t('export.figRoutes', { target: analysis.target }) },
      { value: String(analysis.gaps.length), label: t('export.figGaps') },
      { value: String(analysis.conflicts.length), label: t('export.figConflicts') },
      { value: String(analysis.incomplete.length), label: t('export.figOpen') },
    ],
  });
  if (analysis.rows.length === 0 || analysis.columns.length === 0) {
    const slide = await deck.addSlide({ title: t('export.gridTitle') });
    deck.addText(slide, t(analysis.columns.length === 0 ? 'empty.noOfferings' : 'empty.noSegments'), { ...deck.style.body, h: 0.6 }, { color: deck.style.color.muted });
  } else {
    await gridSlides(deck, analysis, x);
  }
  await findingsSlides(deck, analysis, x, deck.input);
  if (routes.length === 0) return;
  await routesOverview(deck, analysis, routes, x);
  await routeDetails(deck, analysis, routes, x);
}
