import { create } from 'zustand';

/**
 * Whether the parking-lot panel is open. View state only (which panel shows), not workshop
 * data: the parked questions themselves are records on the change path.
 */
interface ParkingPanelState {
  open: boolean;
  toggle(): void;
  show(): void;
  close(): void;
}

export const useParkingLot = create<ParkingPanelState>((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));

export const PARKING_PANEL_ID = 'parking-lot-panel';

/** True for an element inside the panel (its key toggles the panel even from its own fields). */
export function inParkingLot(target: EventTarget | null): boolean {
  return !!(target as HTMLElement | null)?.closest?.(`#${PARKING_PANEL_ID}`);
}
