import type { DeckContext } from '../../../../shared/export/deck';

/** The segments board's slides. */
export function segmentsSlides(_deck: DeckContext): void {
  // Drawn by the deck's implementation (issue 9).
}
