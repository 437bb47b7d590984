import type { DeckContext } from '../../../../shared/export/deck';

/** The agenda board's slides. */
export function agendaSlides(_deck: DeckContext): void {
  // Drawn by the deck's implementation (issue 9).
}
