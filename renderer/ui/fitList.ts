import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';

const childrenOf = (el: HTMLElement) => [...el.children] as HTMLElement[];

/**
 * How many items of a list fit in its box without scrolling, measured in the page: the list first
 * renders up to `cap` items, then keeps the ones whose bottom lies inside the box (the "+ 42 more"
 * line has its own room outside the box, so the box never changes size with it). Measured again whenever the box changes size
 * or `version` changes (other items, other words), or the type's size changes (`probe`: an
 * element 1em square; the projector's zoom grows the cards but not always the box); the items' own heights (a name on one line or
 * two) decide, not a guess.
 */
export function useFitCount(
  box: RefObject<HTMLElement | null>,
  probe: RefObject<HTMLElement | null>,
  count: number,
  cap: number,
  version: unknown,
  /** The items measured inside the box: its children, unless told (a table's body rows). */
  itemsOf: (box: HTMLElement) => HTMLElement[] = childrenOf,
  /** Room to keep free at the box's bottom for what follows the items in it (a table's totals). */
  reserveOf?: (box: HTMLElement) => number,
): number {
  const [shown, setShown] = useState(Math.min(count, cap));
  const [round, setRound] = useState(0);

  // Anything that changes what is drawn: measure again from the cap.
  useLayoutEffect(() => setShown(Math.min(count, cap)), [count, cap, version, round]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const items = itemsOf(el);
    const bottom = el.getBoundingClientRect().bottom - (reserveOf?.(el) ?? 0);
    const fits = (n: number) => n === 0 || items[n - 1]!.getBoundingClientRect().bottom <= bottom + 0.5;
    let n = Math.min(shown, items.length);
    while (n > 0 && !fits(n)) n -= 1;
    // Keeping fewer than were drawn always fits; never more than were drawn (they were not measured).
    if (n !== shown) setShown(n);
  }, [box, shown, count, version, round, itemsOf, reserveOf]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let width = el.clientWidth;
    let height = el.clientHeight;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width && el.clientHeight === height) return;
      width = el.clientWidth;
      height = el.clientHeight;
      setRound((r) => r + 1);
    });
    observer.observe(el);
    let em = probe.current?.offsetWidth ?? 0;
    const type = new ResizeObserver(() => {
      if ((probe.current?.offsetWidth ?? 0) === em) return;
      em = probe.current?.offsetWidth ?? 0;
      setRound((r) => r + 1);
    });
    if (probe.current) type.observe(probe.current);
    return () => {
      observer.disconnect();
      type.disconnect();
    };
  }, [box, probe]);

  return shown;
}

/**
 * A projector list that shows what fits and says how many more (the segments columns, the
 * opportunity stages): the top items that fit in `box`, and when the item the facilitator follows
 * (`presentedAt`, -1 for none) is further down, it takes the last place, so the room sees it.
 * `index` is each shown item's place in the whole list; `more` how many are not shown.
 */
export function useFitList<T>(
  box: RefObject<HTMLElement | null>,
  probe: RefObject<HTMLElement | null>,
  items: readonly T[],
  keyOf: (item: T) => string,
  presentedAt: number,
  cap: number,
): { shown: Array<{ item: T; index: number }>; more: number } {
  // The list's content, not its array: a column rebuilt with the same cards is not measured again
  // (joined once per new list, not on every render of the board).
  const version = useMemo(() => `${presentedAt}:${items.map(keyOf).join()}`, [items, keyOf, presentedAt]);
  const fit = useFitCount(box, probe, items.length, cap, version);
  const shown = useMemo(() => {
    const n = Math.min(fit, items.length);
    const top = items.slice(0, n).map((item, index) => ({ item, index }));
    if (presentedAt >= n && n > 0) top[n - 1] = { item: items[presentedAt]!, index: presentedAt };
    return top;
  }, [items, fit, presentedAt]);
  return { shown, more: items.length - shown.length };
}
