import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { scrollTopFor, totalHeight, visibleRows } from './fixedRows';
import type { RowGeometry } from './layout';

interface View {
  top: number;
  height: number;
  /** The first guess, before the list was read: it has no overscan (see below). */
  guess?: true;
}

export interface FixedRows {
  /** Rendered row indexes, ascending: the visible ones (with overscan) and the kept ones. */
  indexes: number[];
  totalSize: number;
  scrollToIndex(index: number): void;
}

/**
 * A virtualised list of rows of one fixed height (cards are cut with an ellipsis, never
 * measured). Its work per render is the rows on screen, not the rows in the list, and it
 * re-renders on scroll only when the set of rows on screen changes. `keep`: rows that stay
 * rendered though scrolled away (the focused card, the cards being dragged).
 */
export function useFixedRows(
  listRef: RefObject<HTMLElement | null>,
  count: number,
  g: RowGeometry,
  overscan: number,
  keep: ReadonlySet<number>,
): FixedRows {
  // A first guess of the viewport, so the first render already has the cards of the first paint:
  // the window's whole height from the list's top, which covers every row the list can show
  // (the list starts below the board's header), so it needs no overscan: with it, the first
  // render drew half as many cards again as the first paint shows, and the first read of the
  // list then unmounted them again.
  const [view, setView] = useState<View>(() => ({ top: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight, guess: true }));

  // The list's scroll position and height as last read, in a scroll or resize callback.
  const latest = useRef<View | null>(null);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const apply = (next: View) =>
      // The same rows on screen: keep the old state, so React skips the render.
      setView((v) => {
        if (v.top === next.top && v.height === next.height && !v.guess) return v;
        const a = visibleRows(v.top, v.height, count, g, v.guess ? 0 : overscan);
        const b = visibleRows(next.top, next.height, count, g, overscan);
        return a.start === b.start && a.end === b.end ? v : next;
      });
    // Never read the layout here: at open that would force the whole board's first layout
    // inside React's commit, and on a drop an extra one. The scroll event and the resize
    // observer (whose first call comes after the first layout) read it when it is up to date;
    // until then the first guess (top 0, the window's height) covers every row on screen.
    const read = () => {
      latest.current = { top: el.scrollTop, height: el.clientHeight };
      apply(latest.current);
    };
    if (latest.current) apply(latest.current); // the count or geometry changed, not the scroll
    el.addEventListener('scroll', read, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    ro?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      ro?.disconnect();
    };
  }, [listRef, count, g, overscan]);

  const indexes = useMemo(() => {
    const { start, end } = visibleRows(view.top, view.height, count, g, view.guess ? 0 : overscan);
    const out: number[] = [];
    for (let i = start; i <= end; i++) out.push(i);
    const extra = [...keep].filter((i) => i < count && (i < start || i > end));
    return extra.length ? [...out, ...extra].sort((a, b) => a - b) : out;
  }, [view, count, g, overscan, keep]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = listRef.current;
      if (!el) return;
      const top = scrollTopFor(index, el.scrollTop, el.clientHeight, count, g);
      if (top !== null) el.scrollTop = top;
    },
    [listRef, count, g],
  );

  return { indexes, totalSize: totalHeight(count, g), scrollToIndex };
}
