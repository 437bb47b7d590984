import type { DeckContext } from '../../../../shared/export/deck';

/** The coverage board's slides. */
export function coverageSlides(_deck: DeckContext): void {
  // Drawn by the deck's implementation (issue 9).
}
