import { PALETTE } from '../../../shared/records';
import { luminance } from '../../ui/contrast';

/** The Unassigned column's colour in the revenue-share chart (and in the exports' charts). */
export const UNASSIGNED_COLOR = '#bdbdb5';

/** Black or white, whichever reads better on a segment colour (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05); they are equal at ~0.179.
  return luminance(hex) > 0.179 ? '#000000' : '#ffffff';
}

/** The palette's colour names (segments:colors.<index>), so a colour is never told by colour alone. */
export function paletteIndex(hex: string): number {
  return PALETTE.findIndex((c) => c.toLowerCase() === hex.toLowerCase());
}
