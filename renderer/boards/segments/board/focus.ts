import { useBoardView } from '../state/boardView';
import type { ColumnKey } from '../state/columns';
import { columnHandle } from './columnRegistry';

/**
 * Moves keyboard focus to a card that may not be in the DOM yet (virtualised, or just moved):
 * makes it its column's tab stop, scrolls it into view, then focuses it once it has rendered.
 */
export function focusCard(column: ColumnKey, id: string, index: number): void {
  useBoardView.getState().setActive(column, id);
  columnHandle(column)?.scrollToIndex(index);
  let tries = 0;
  const attempt = () => {
    const list = columnHandle(column)?.list();
    const el = list?.querySelector<HTMLElement>(`[data-account-id="${CSS.escape(id)}"]`);
    if (el) {
      if (document.activeElement !== el) el.focus();
      return;
    }
    if (++tries < 12) requestAnimationFrame(attempt);
  };
  // After the render that the change above (or a just-dispatched move) causes.
  requestAnimationFrame(attempt);
}

export function focusColumnTitle(segmentId: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-column-title="${CSS.escape(segmentId)}"]`)?.focus());
}
