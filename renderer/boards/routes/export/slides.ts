import type { DeckContext } from '../../../../shared/export/deck';

/** The routes board's slides. */
export function routesSlides(_deck: DeckContext): void {
  // Drawn by the deck's implementation (issue 9).
}
