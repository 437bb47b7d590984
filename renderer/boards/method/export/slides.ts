import type { DeckContext } from '../../../../shared/export/deck';

/** The method board's slides. */
export function methodSlides(_deck: DeckContext): void {
  // Drawn by the deck's implementation (issue 9).
}
