import { create } from 'zustand';

interface PresentationState {
  presenting: boolean;
  start(): void;
  stop(): void;
}

/**
 * Present mode (F5): the board fills the screen with projector-sized type; Esc ends it.
 * This is view state of one window, not workshop data.
 */
export const usePresentation = create<PresentationState>((set) => ({
  presenting: false,
  start: () => {
    set({ presenting: true });
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  },
  stop: () => {
    set({ presenting: false });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  },
}));
