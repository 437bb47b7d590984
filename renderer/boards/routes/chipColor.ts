import { contrastRatio } from '../../ui/contrast';

const DARK = '#1d1f21';
const LIGHT = '#ffffff';

/**
 * The text colour that reads best on a route's colour (dark on yellow, white on blue), so the
 * number and name of a chip stay legible whatever colour the route has. On screen the chip's
 * colour itself is also adjusted to reach 7:1 (readableChip); exports use the colour as stored.
 */
export function textOn(background: string): string {
  return contrastRatio(background, DARK) >= contrastRatio(background, LIGHT) ? DARK : LIGHT;
}
