import { createContext, useContext } from 'react';
import type { Formatters } from '../format';

/**
 * Number formats for every card, from one place: cards read them from context instead of each
 * subscribing to the language and the settings, and re-render only when those change.
 */
export const FormatContext = createContext<Formatters | null>(null);

export function useCardFormat(): Formatters {
  const f = useContext(FormatContext);
  if (!f) throw new Error('FormatContext is missing: render cards inside the segments board');
  return f;
}
