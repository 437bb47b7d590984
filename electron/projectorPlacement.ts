/** A display as Electron's `screen` module describes it (only what placement needs). */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface ProjectorPlacement {
  bounds: { x: number; y: number; width: number; height: number };
  /** Full screen on an external display; a normal window when the laptop has only its own. */
  fullscreen: boolean;
}

/**
 * Where "Present on second screen" opens the projector window: on a display other than the
 * facilitator's (the projector), full screen; with a single display, a window of 16:9 on it,
 * so the facilitator sees it and can drag it once a projector is plugged in.
 */
export function projectorPlacement(displays: readonly DisplayInfo[], facilitatorDisplayId: number): ProjectorPlacement {
  const own = displays.find((d) => d.id === facilitatorDisplayId) ?? displays[0];
  const external = displays.find((d) => d.id !== own?.id);
  if (external) return { bounds: { ...external.bounds }, fullscreen: true };
  const area = own?.bounds ?? { x: 0, y: 0, width: 1280, height: 800 };
  const width = Math.min(1280, Math.round(area.width * 0.8));
  const height = Math.round((width * 9) / 16);
  return {
    bounds: { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height },
    fullscreen: false,
  };
}
