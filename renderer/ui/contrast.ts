/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `hex` moved a fraction `t` (0..1) of the way to `to`, as #rrggbb. */
function mix(hex: string, to: string, t: number): string {
  const c = (s: string, i: number) => parseInt(s.slice(i, i + 2), 16);
  return `#${[1, 3, 5].map((i) => Math.round(c(hex, i) + (c(to, i) - c(hex, i)) * t).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A label on a coloured chip: of `dark` and `light` the ink that reads better on `background`,
 * and, where neither reaches `min` (mid-tones such as vermilion or grey), the background lightened
 * (under dark ink) or darkened (under light ink) just enough that it does. The chip keeps its hue,
 * so one route is still one colour everywhere; its label reaches the room's 7:1 by default.
 */
export function readableChip(background: string, min = 7, dark = '#1d1f21', light = '#ffffff'): { background: string; color: string } {
  const bg = /^#[0-9a-f]{6}$/i.test(background) ? background.toLowerCase() : '#7f7f7f';
  const useDark = contrastRatio(bg, dark) >= contrastRatio(bg, light);
  const ink = useDark ? dark : light;
  const toward = useDark ? '#ffffff' : '#000000';
  for (let t = 0; t <= 1; t += 0.02) {
    const candidate = mix(bg, toward, t);
    if (contrastRatio(candidate, ink) >= min) return { background: candidate, color: ink };
  }
  return { background: toward, color: ink };
}
