import { create } from 'zustand';
import type { ColumnKey } from './columns';

/**
 * A move in progress, by pointer (mouse, touch) or keyboard. Kept apart from the workshop store
 * so a drag writes nothing until the drop, and apart from the view store so the per-frame
 * pointer work wakes only the few components that show the drop target.
 */
export interface CardDrag {
  kind: 'card';
  via: 'pointer' | 'keyboard';
  /** The cards moving, in the order they will land. */
  ids: readonly string[];
  idSet: ReadonlySet<string>;
  /** Columns the moving cards come from (they show placeholders there). */
  columns: ReadonlySet<ColumnKey>;
  /** The card that was grabbed (named in announcements). */
  lead: string;
  from: ColumnKey;
}

export interface ColumnDrag {
  kind: 'column';
  via: 'pointer' | 'keyboard';
  segmentId: string;
  /** The column's position among the segments when the move started. */
  from: number;
}

/** Where the cards would land: the column and the insertion point. */
export interface CardTarget {
  column: ColumnKey;
  /** Position among the column's cards without the moving ones (what account.move takes). */
  index: number;
  /** Insertion point among the column's cards as shown (where the drop line is drawn). */
  visual: number;
}

export interface DragState {
  drag: CardDrag | ColumnDrag | null;
  cardTarget: CardTarget | null;
  /**
   * The gap among the segment columns (0 = before the first, count = after the last) where a
   * moving column would land; the gaps on either side of the column itself mean "stay".
   */
  columnTarget: number | null;
  startCards(drag: Omit<CardDrag, 'kind' | 'idSet'>, target: CardTarget): void;
  startColumn(drag: Omit<ColumnDrag, 'kind'>): void;
  setCardTarget(target: CardTarget): void;
  setColumnTarget(gap: number): void;
  end(): void;
}

export const useDrag = create<DragState>((set, get) => ({
  drag: null,
  cardTarget: null,
  columnTarget: null,
  startCards: (drag, target) =>
    set({ drag: { ...drag, kind: 'card', idSet: new Set(drag.ids) }, cardTarget: target, columnTarget: null }),
  startColumn: (drag) => set({ drag: { ...drag, kind: 'column' }, columnTarget: drag.from, cardTarget: null }),
  setCardTarget: (target) => {
    const now = get().cardTarget;
    if (now && now.column === target.column && now.index === target.index && now.visual === target.visual) return;
    set({ cardTarget: target });
  },
  setColumnTarget: (gap) => {
    if (get().columnTarget !== gap) set({ columnTarget: gap });
  },
  end: () => set({ drag: null, cardTarget: null, columnTarget: null }),
}));
