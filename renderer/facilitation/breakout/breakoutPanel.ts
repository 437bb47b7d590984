import { create } from 'zustand';
import type { BreakoutBoard } from '../../../shared/records';
import { useNotesPanel } from '../notesPanel';
import { useParkingLot } from '../parkingPanel';
import { useVotesPanel } from '../votesPanel';

/** The breakout workspace's view state (which board, which tab); groups and copies are records. */
interface BreakoutPanelState {
  open: boolean;
  board: BreakoutBoard;
  /** A group id, or COMPARE_TAB. */
  tab: string;
  toggle(board?: BreakoutBoard): void;
  close(): void;
  show(board: BreakoutBoard, tab: string): void;
}

export const COMPARE_TAB = 'compare';
export const BREAKOUT_PANEL_ID = 'breakout-panel';

export const useBreakoutPanel = create<BreakoutPanelState>((set, get) => ({
  open: false,
  board: 'segments',
  tab: COMPARE_TAB,
  toggle: (board) => {
    if (!get().open) {
      useParkingLot.getState().close();
      useNotesPanel.getState().close();
      useVotesPanel.getState().close();
    }
    set({ open: !get().open, ...(board && !get().open ? { board } : {}) });
  },
  close: () => set({ open: false }),
  show: (board, tab) => set({ open: true, board, tab }),
}));
