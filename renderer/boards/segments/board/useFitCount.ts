import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many items of a list fit in its box without scrolling, measured in the page: the list first
 * renders up to `cap` items, then keeps the ones whose bottom lies inside the box (the "+ 42 more"
 * line has its own room outside the box, so the box never changes size with it). Measured again whenever the box changes size
 * or `version` changes (other items, other words), or the type's size changes (`probe`: an
 * element 1em square; the projector's zoom grows the cards but not always the box); the items' own heights (a name on one line or
 * two) decide, not a guess.
 */
export function useFitCount(box: RefObject<HTMLElement | null>, probe: RefObject<HTMLElement | null>, count: number, cap: number, version: unknown): number {
  const [shown, setShown] = useState(Math.min(count, cap));
  const [round, setRound] = useState(0);

  // Anything that changes what is drawn: measure again from the cap.
  useLayoutEffect(() => setShown(Math.min(count, cap)), [count, cap, version, round]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const items = [...el.children] as HTMLElement[];
    const bottom = el.getBoundingClientRect().bottom;
    const fits = (n: number) => n === 0 || items[n - 1]!.getBoundingClientRect().bottom <= bottom + 0.5;
    let n = Math.min(shown, items.length);
    while (n > 0 && !fits(n)) n -= 1;
    // Keeping fewer than were drawn always fits; never more than were drawn (they were not measured).
    if (n !== shown) setShown(n);
  }, [box, shown, count, version, round]);

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
