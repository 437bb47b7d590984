import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../shared/records';
import { contrastRatio, readableChip } from '../../../renderer/ui/contrast';

describe('chip colours on screen', () => {
  it('give every palette colour, the grey of a new route and vermilion a label at 7:1 or more', () => {
    for (const colour of [...PALETTE, '#7f7f7f', '#d55e00', '#ffffff', '#000000']) {
      const chip = readableChip(colour);
      expect(contrastRatio(chip.background, chip.color), colour).toBeGreaterThanOrEqual(7);
    }
  });

  it('keep a colour that already reads at 7:1 as it is, and keep the hue of one that does not', () => {
    expect(readableChip('#332288')).toEqual({ background: '#332288', color: '#ffffff' });
    const vermilion = readableChip('#d55e00');
    expect(vermilion.color).toBe('#1d1f21');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(vermilion.background.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(g!); // still orange: red above green above blue
    expect(g).toBeGreaterThan(b!);
  });

  it('measure contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#5f6368', '#ffffff')).toBeCloseTo(6.05, 1);
  });
});
