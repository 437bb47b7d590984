import type { DeckContext } from '../../../../shared/export/deck';
import { compareSlides, principleSlides } from './compareSlides';
import { coverageText } from './deckText';
import { coverageFigures } from './figures';
import { planSlides } from './planSlides';

/**
 * The coverage board's slides: a divider with the plan on the board in figures; for every plan
 * its matrix (people and cost per cell, per motion and in total), its people and cost by motion
 * as charts, its warnings; then the plans compared, and the owners and principles.
 */
export async function coverageSlides(deck: DeckContext): Promise<void> {
  const x = coverageText(deck.input);
  const { t, f } = x;
  const figures = coverageFigures(deck.input);
  const active = figures.plans.find((p) => p.active);
  await deck.addSection({
    title: t('title'),
    subtitle: t('export.question'),
    figures: active
      ? [
          { value: f.count(figures.plans.length), label: t('export.figPlans') },
          { value: f.people(active.figures.totals.people), label: t('export.figPeople', { plan: active.scenario.name }) },
          { value: f.money(active.figures.totals.cost), label: t('export.figCost') },
          { value: f.count(active.figures.totals.uncoveredSegments), label: t('export.figUncovered') },
        ]
      : [],
  });
  if (figures.plans.length === 0) {
    const slide = await deck.addSlide({ title: t('title') });
    deck.addText(slide, t('empty.noScenario'), { ...deck.style.body, h: 0.6 }, { color: deck.style.color.muted });
    return;
  }
  // The plan on the board first: it is the one the room agreed on.
  for (const plan of [...figures.plans].sort((a, b) => Number(b.active) - Number(a.active))) await planSlides(deck, plan, x);
  await compareSlides(deck, figures, x);
  await principleSlides(deck, x);
}
