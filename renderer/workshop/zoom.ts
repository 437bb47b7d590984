import { useLayoutEffect } from 'react';
import { usePresentation } from './presentation';

/**
 * The projector's zoom: view state like the highlight (published as presence, never saved, never
 * undone). 1 is the projector layout, which fits the board on the screen at 24 px type; the
 * facilitator steps up when the room wants a closer look (the board then scrolls) or down when a
 * big board needs more room. Browser zoom cannot do it: projector type is sized by the screen's
 * width (vw), which browser zoom leaves as it is.
 */
export const ZOOM_STEPS = [0.75, 0.85, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;
export const FIT = 1;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;

/** The next step up or down from the step nearest to `current` (the first and last stay put). */
export function zoomStep(current: number, direction: 1 | -1): number {
  let nearest = 0;
  ZOOM_STEPS.forEach((z, i) => {
    if (Math.abs(z - current) < Math.abs(ZOOM_STEPS[nearest]! - current)) nearest = i;
  });
  return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, nearest + direction))]!;
}

export const zoomIn = () => usePresentation.getState().setZoom(zoomStep(usePresentation.getState().zoom, 1));
export const zoomOut = () => usePresentation.getState().setZoom(zoomStep(usePresentation.getState().zoom, -1));
export const zoomToFit = () => usePresentation.getState().setZoom(FIT);

/**
 * Ctrl/Cmd + = (or +), Ctrl/Cmd + −, Ctrl/Cmd + 0 while presenting: the projector's zoom, instead
 * of the browser's. True when the key was used.
 */
export function zoomKey(e: KeyboardEvent): boolean {
  if (!usePresentation.getState().presenting || !(e.ctrlKey || e.metaKey) || e.altKey) return false;
  if (e.key === '=' || e.key === '+' || e.code === 'NumpadAdd') zoomIn();
  else if (e.key === '-' || e.key === '_' || e.code === 'NumpadSubtract') zoomOut();
  else if (e.key === '0' || e.code === 'Numpad0') zoomToFit();
  else return false;
  return true;
}

/** Chromium's own page zoom steps, for the View menu outside present mode. */
export const PAGE_ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
let pageZoom = 1;
const setRootZoom = (z: number) => {
  document.documentElement.style.setProperty('zoom', z === 1 ? '' : String(z));
};

/**
 * The View menu's zoom (Electron, where the menu takes the keys before the page sees them):
 * while presenting it is the projector's zoom, as the keys are in the browser; otherwise the
 * page's own zoom, stepped like Chromium's.
 */
export function menuZoom(action: 'zoomIn' | 'zoomOut' | 'zoomReset', setPageZoom: (zoom: number) => void = setRootZoom): void {
  if (usePresentation.getState().presenting) {
    if (action === 'zoomIn') zoomIn();
    else if (action === 'zoomOut') zoomOut();
    else zoomToFit();
    return;
  }
  const at = PAGE_ZOOM_STEPS.indexOf(pageZoom as (typeof PAGE_ZOOM_STEPS)[number]);
  const next = action === 'zoomReset' ? 1 : PAGE_ZOOM_STEPS[Math.max(0, Math.min(PAGE_ZOOM_STEPS.length - 1, at + (action === 'zoomIn' ? 1 : -1)))]!;
  pageZoom = next;
  setPageZoom(next);
}

/** Puts a zoom on the page (projector type is set on the root, so dialogs and menus follow). */
export function useApplyZoom(zoom: number, active: boolean): void {
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    if (!active || zoom === FIT) root.removeProperty('--present-zoom');
    else root.setProperty('--present-zoom', String(zoom));
    return () => {
      root.removeProperty('--present-zoom');
    };
  }, [zoom, active]);
}
