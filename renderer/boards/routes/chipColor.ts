/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const DARK = '#1d1f21';
const LIGHT = '#ffffff';

/**
 * The text colour that reads best on a route's colour (dark on yellow, white on blue), so the
 * number and name of a chip stay legible on a projector whatever colour the route has.
 */
export function textOn(background: string): string {
  const l = luminance(background);
  const onLight = (l + 0.05) / (luminance(DARK) + 0.05);
  const onDark = (luminance(LIGHT) + 0.05) / (l + 0.05);
  return onLight >= onDark ? DARK : LIGHT;
}
