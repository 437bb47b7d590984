import { describe, expect, it } from 'vitest';
import { scrollTopFor, totalHeight, visibleRows } from '../../../renderer/boards/segments/board/fixedRows';
import { rowGeometry } from '../../../renderer/boards/segments/board/layout';

// 15 px font: rows of 86 px (78 px card + 8 px gap), 8 px padding above the first card.
const g = rowGeometry(15);

describe('the rows a column renders', () => {
  it('are the ones on screen plus the overscan, at the top of the list', () => {
    expect(g).toEqual({ row: 86, card: 78, pad: 8 });
    // 800 px show rows 0..9 (row 9 starts at 782); 4 more below.
    expect(visibleRows(0, 800, 50_000, g, 4)).toEqual({ start: 0, end: 13 });
  });

  it('follow the scroll position anywhere in 50,000 cards', () => {
    const top = g.pad + 30_000 * g.row + 40; // mid-way through row 30,000
    expect(visibleRows(top, 800, 50_000, g, 4)).toEqual({ start: 29_996, end: 30_013 });
  });

  it('stop at the ends of the list, and are none for an empty one', () => {
    expect(visibleRows(0, 800, 3, g, 4)).toEqual({ start: 0, end: 2 });
    const bottom = totalHeight(50_000, g) - 800;
    expect(visibleRows(bottom, 800, 50_000, g, 4).end).toBe(49_999);
    expect(visibleRows(0, 800, 0, g, 4)).toEqual({ start: 0, end: -1 });
  });

  it('make the list as tall as its cards and paddings', () => {
    expect(totalHeight(0, g)).toBe(16);
    expect(totalHeight(10, g)).toBe(16 + 860);
  });
});

describe('scrolling a card into view', () => {
  it('does nothing when the card is wholly on screen', () => {
    expect(scrollTopFor(2, 0, 800, 100, g)).toBeNull();
  });

  it('scrolls just enough to show a card below the fold at the bottom edge', () => {
    const top = scrollTopFor(20, 0, 800, 100, g)!;
    expect(top).toBe(g.pad + 21 * g.row - 800);
    expect(visibleRows(top, 800, 100, g, 0).end).toBe(20);
  });

  it('scrolls up to a card above the viewport, to its top edge', () => {
    expect(scrollTopFor(5, 2_000, 800, 100, g)).toBe(g.pad + 5 * g.row);
  });
});
