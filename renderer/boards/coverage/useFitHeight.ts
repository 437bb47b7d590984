import { useLayoutEffect, type RefObject } from 'react';

/** Below this many lines of the box's own type the box stops shrinking (the board area scrolls instead). */
const MIN_LINES = 12;

/**
 * Keeps a scroll box exactly as tall as what is left of the board area below the box's top, so
 * with the board area scrolled to the top the whole box is on screen: its header row stays, its
 * rows scroll inside it, and the page itself never scrolls. Follows window size, present mode
 * (24 px type) and anything above the box that grows or shrinks (a note, a wrapped header).
 */
export function useFitHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const box = ref.current;
    const area = box?.closest<HTMLElement>('.board-area');
    const board = box?.closest<HTMLElement>('.board');
    if (!box || !area) return;
    const fit = () => {
      const top = box.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop;
      const style = getComputedStyle(area);
      const left = area.clientHeight - top - (parseFloat(style.paddingBottom) || 0);
      const min = MIN_LINES * (parseFloat(getComputedStyle(box).fontSize) || 15);
      const px = `${Math.floor(Math.max(min, left))}px`;
      if (box.style.maxHeight !== px) box.style.maxHeight = px;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(area);
    if (board) observer.observe(board);
    return () => observer.disconnect();
  }, [ref]);
}
