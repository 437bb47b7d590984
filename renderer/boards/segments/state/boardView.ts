import { create } from 'zustand';
import { NO_FILTER, type AccountFilter } from '../../../../shared/calc/segmentsSearch';
import type { ColumnKey } from './columns';

/**
 * View state of this window's segments board: selection, keyboard focus, search and filters,
 * open dialogs. None of it is workshop data (every change to the workshop is a command).
 */
export interface BoardViewState {
  /** Selected account ids (Ctrl/Shift click, Shift+arrows, Ctrl+Space). */
  selected: ReadonlySet<string>;
  /** Where a Shift range starts. */
  anchor: string | null;
  /** Per column, the card that holds the column's tab stop (roving tabindex). */
  active: ReadonlyMap<ColumnKey, string>;
  filter: AccountFilter;
  /** The account editor's account id; null = closed. */
  editingAccount: string | null;
  /** The segment detail editor's segment id; null = closed. */
  editingSegment: string | null;
  /** The segment whose title is being renamed in place. */
  renaming: string | null;
  suggesting: boolean;

  select(ids: readonly string[], mode: 'replace' | 'toggle' | 'add', anchor?: string | null): void;
  clearSelection(): void;
  setActive(column: ColumnKey, id: string): void;
  setFilter(patch: Partial<AccountFilter>): void;
  clearFilter(): void;
  editAccount(id: string | null): void;
  editSegment(id: string | null): void;
  rename(id: string | null): void;
  suggest(open: boolean): void;
  reset(): void;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

const initial = {
  selected: EMPTY_SET,
  anchor: null,
  active: new Map<ColumnKey, string>(),
  filter: NO_FILTER,
  editingAccount: null,
  editingSegment: null,
  renaming: null,
  suggesting: false,
};

export const useBoardView = create<BoardViewState>((set, get) => ({
  ...initial,
  select: (ids, mode, anchor) => {
    const next = mode === 'replace' ? new Set<string>() : new Set(get().selected);
    for (const id of ids) {
      if (mode === 'toggle' && next.has(id)) next.delete(id);
      else next.add(id);
    }
    set({ selected: next, anchor: anchor === undefined ? (ids[ids.length - 1] ?? null) : anchor });
  },
  clearSelection: () => {
    if (get().selected.size) set({ selected: EMPTY_SET, anchor: null });
  },
  setActive: (column, id) => {
    if (get().active.get(column) === id) return;
    const active = new Map(get().active);
    active.set(column, id);
    set({ active });
  },
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  clearFilter: () => set({ filter: NO_FILTER }),
  editAccount: (id) => set({ editingAccount: id }),
  editSegment: (id) => set({ editingSegment: id }),
  rename: (id) => set({ renaming: id }),
  suggest: (open) => set({ suggesting: open }),
  reset: () => set({ ...initial, active: new Map() }),
}));
