import { createContext, useContext } from 'react';
import type { Formatters } from '../format';

/**
 * Number formats and the cards' fixed wording, from one place: cards read them from context
 * instead of each subscribing to the language and the settings (a hundred cards on screen each
 * with its own translation hook and language listener cost ~10 ms of an open), and re-render
 * only when those change.
 */
export interface CardFormat extends Formatters {
  /** What a card says without an industry or a region. */
  noPlace: string;
  /** What a card says for an unknown revenue. */
  noRevenue: string;
}

export const FormatContext = createContext<CardFormat | null>(null);

export function useCardFormat(): CardFormat {
  const f = useContext(FormatContext);
  if (!f) throw new Error('FormatContext is missing: render cards inside the segments board');
  return f;
}
