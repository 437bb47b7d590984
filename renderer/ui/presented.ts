import { createContext, useContext } from 'react';

/**
 * The card or cell the facilitator has selected, as the projector view follows it ("account-id=…",
 * see workshop/highlight.ts): a board's projector layout that shows only part of a list (the top
 * cards of a column) uses it to keep that one on screen. Null outside the projector view: in
 * present mode the facilitator can only select what is on screen anyway.
 */
export const PresentedHighlight = createContext<string | null>(null);

/** The id of the record of one kind the projector is told to show ("account-id" → the account's id). */
export function usePresentedId(attribute: string): string | null {
  const key = useContext(PresentedHighlight);
  return key?.startsWith(`${attribute}=`) ? key.slice(attribute.length + 1) : null;
}
