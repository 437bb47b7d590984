/**
 * Card geometry. Cards have a fixed height (text is cut with an ellipsis), so the virtualised
 * lists need no measuring and the drop index follows from the pointer's y by arithmetic. Sizes
 * are in em of the column's font size, so present mode (24 px) scales the same layout.
 */
export const CARD_EM = 5.2;
export const GAP_EM = 0.5;
export const PAD_EM = 0.5;

export interface RowGeometry {
  /** Card plus gap, px. */
  row: number;
  card: number;
  /** Space above the first card, px. */
  pad: number;
}

export function rowGeometry(fontPx: number): RowGeometry {
  return { row: Math.round((CARD_EM + GAP_EM) * fontPx), card: Math.round(CARD_EM * fontPx), pad: Math.round(PAD_EM * fontPx) };
}

/**
 * The insertion point (0..count) for a pointer at `y` px from the top of the list's content
 * (scroll included): above a card's middle inserts before it, below inserts after it.
 */
export function insertionAt(y: number, count: number, g: RowGeometry): number {
  // Cards whose middle is above the pointer come before the insertion point.
  const i = Math.floor((y - g.pad - g.card / 2) / g.row) + 1;
  return Math.max(0, Math.min(count, i));
}
