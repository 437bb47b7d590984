import type { ColumnKey } from '../state/columns';
import type { RowGeometry } from './layout';

/**
 * The mounted columns of the board, so pointer and keyboard moves can find a column's list
 * element, its geometry, and scroll it — without the columns re-rendering to tell them.
 */
export interface ColumnHandle {
  key: ColumnKey;
  /** The scrolling list (role=listbox). */
  list(): HTMLElement | null;
  /** The whole column (header and list). */
  section(): HTMLElement | null;
  geometry(): RowGeometry;
  scrollToIndex(index: number): void;
}

const handles = new Map<ColumnKey, ColumnHandle>();

export function registerColumn(handle: ColumnHandle): () => void {
  handles.set(handle.key, handle);
  return () => {
    if (handles.get(handle.key) === handle) handles.delete(handle.key);
  };
}

export function columnHandle(key: ColumnKey): ColumnHandle | undefined {
  return handles.get(key);
}
