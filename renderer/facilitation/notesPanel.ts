import { create } from 'zustand';
import type { NoteAnchor } from '../../shared/records';
import { useParkingLot } from './parkingPanel';

/**
 * Whether the board's notes panel is open, and for which item (a badge or a context menu opens it
 * on one card or cell). View state only; the notes themselves are records on the change path.
 * The notes and the parking lot share the right edge: opening one closes the other.
 */
interface NotesPanelState {
  open: boolean;
  /** The item the panel shows and adds notes for; null = every note of the board. */
  anchor: NoteAnchor | null;
  toggle(): void;
  openFor(anchor: NoteAnchor | null): void;
  close(): void;
}

export const useNotesPanel = create<NotesPanelState>((set, get) => ({
  open: false,
  anchor: null,
  toggle: () => (get().open ? set({ open: false }) : get().openFor(null)),
  openFor: (anchor) => {
    useParkingLot.getState().close();
    set({ open: true, anchor });
  },
  close: () => set({ open: false, anchor: null }),
}));

// The parking lot opening closes the notes (and the other way round, above).
useParkingLot.subscribe((s, before) => {
  if (s.open && !before.open) useNotesPanel.getState().close();
});

export const NOTES_PANEL_ID = 'notes-panel';
