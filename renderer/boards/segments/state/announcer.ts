import { create } from 'zustand';

/**
 * What the board last said to screen readers (pick up, move, drop, cancel). One live region per
 * board reads it; `n` changes on every message so a repeated sentence is read again.
 */
interface AnnouncerState {
  text: string;
  n: number;
  say(text: string): void;
}

export const useAnnouncer = create<AnnouncerState>((set, get) => ({
  text: '',
  n: 0,
  say: (text) => set({ text, n: get().n + 1 }),
}));

export const announce = (text: string): void => useAnnouncer.getState().say(text);
