import { PALETTE } from '../../../shared/records';

/** The Unassigned column's colour in the revenue-share chart (and in the exports' charts). */
export const UNASSIGNED_COLOR = '#bdbdb5';

/** Black or white, whichever reads better on a segment colour (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05); they are equal at ~0.179.
  return l > 0.179 ? '#000000' : '#ffffff';
}

/** The palette's colour names (segments:colors.<index>), so a colour is never told by colour alone. */
export function paletteIndex(hex: string): number {
  return PALETTE.findIndex((c) => c.toLowerCase() === hex.toLowerCase());
}
