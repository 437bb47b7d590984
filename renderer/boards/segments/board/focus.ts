import { useBoardView } from '../state/boardView';
import type { ColumnKey } from '../state/columns';
import { columnHandle } from './columnRegistry';

/** The card focus is on its way to (set until it gets there): keys pressed meanwhile apply to it. */
let pending: string | null = null;

/** The card a key press is meant for: the one focus is moving to, else the focused one. */
export function cardForKey(focusedId: string): string {
  return pending ?? focusedId;
}

/**
 * Moves keyboard focus to a card that may not be in the DOM yet (virtualised, or just moved):
 * makes it its column's tab stop, scrolls it into view, then focuses it once it has rendered.
 * `now`: the card stays where it is (arrow-key navigation), so when it is already rendered it is
 * focused at once — a fast typist's next press must land on it, not on the card before.
 */
export function focusCard(column: ColumnKey, id: string, index: number, { now = false } = {}): void {
  useBoardView.getState().setActive(column, id);
  columnHandle(column)?.scrollToIndex(index);
  const find = () => columnHandle(column)?.list()?.querySelector<HTMLElement>(`[data-account-id="${CSS.escape(id)}"]`);
  if (now) {
    const el = find();
    if (el) {
      pending = null;
      el.focus();
      return;
    }
  }
  pending = id;
  let tries = 0;
  const attempt = () => {
    if (pending !== id) return; // a later move took over
    const el = find();
    if (el) {
      pending = null;
      if (document.activeElement !== el) el.focus();
      return;
    }
    if (++tries < 12) requestAnimationFrame(attempt);
    else pending = null;
  };
  // After the render that the change above (or a just-dispatched move) causes.
  requestAnimationFrame(attempt);
}

export function focusColumnTitle(segmentId: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-column-title="${CSS.escape(segmentId)}"]`)?.focus());
}
