import { create } from 'zustand';
import { useNotesPanel } from './notesPanel';
import { useParkingLot } from './parkingPanel';

/** Whether the votes panel is open (view state; votes are records). It shares the right edge with the other panels. */
interface VotesPanelState {
  open: boolean;
  toggle(): void;
  close(): void;
}

export const useVotesPanel = create<VotesPanelState>((set, get) => ({
  open: false,
  toggle: () => {
    if (!get().open) {
      useParkingLot.getState().close();
      useNotesPanel.getState().close();
    }
    set({ open: !get().open });
  },
  close: () => set({ open: false }),
}));

const closeVotes = () => useVotesPanel.getState().close();
useParkingLot.subscribe((s, before) => s.open && !before.open && closeVotes());
useNotesPanel.subscribe((s, before) => s.open && !before.open && closeVotes());

export const VOTES_PANEL_ID = 'votes-panel';
