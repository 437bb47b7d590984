import { create } from 'zustand';

interface PresentationState {
  /** Present mode in this window: the board alone, projector-sized, read-only. */
  presenting: boolean;
  /** B: the projector shows black (the room looks at the facilitator, not the board). */
  blank: boolean;
  /** The agenda item stepped to with the arrow keys, or none yet. */
  step: string | null;
  /** What is selected on the board (a key the projector finds the same element by). */
  highlight: string | null;
  /** The projector's zoom (1: the layout that fits the screen); see zoom.ts. */
  zoom: number;
  start(): void;
  stop(): void;
  toggleBlank(): void;
  setStep(step: string | null): void;
  setHighlight(highlight: string | null): void;
  setZoom(zoom: number): void;
}

/**
 * Present mode (F5 / Ctrl+Enter) and what the facilitator shows: the view state of this window,
 * not workshop data. It is published to the service as presence (publishPresence.ts), which
 * projector windows follow.
 */
export const usePresentation = create<PresentationState>((set, get) => ({
  presenting: false,
  blank: false,
  step: null,
  highlight: null,
  zoom: 1,
  start: () => {
    set({ presenting: true });
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  },
  stop: () => {
    // Ending the show also lifts the blank: a projector never stays black by accident.
    set({ presenting: false, blank: false });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  },
  toggleBlank: () => set({ blank: !get().blank }),
  setStep: (step) => set({ step }),
  setHighlight: (highlight) => set({ highlight }),
  setZoom: (zoom) => set({ zoom }),
}));
