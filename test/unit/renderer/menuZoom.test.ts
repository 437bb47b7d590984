import { describe, expect, it } from 'vitest';
import { usePresentation } from '../../../renderer/workshop/presentation';
import { FIT, menuZoom } from '../../../renderer/workshop/zoom';

describe("the View menu's zoom", () => {
  it('outside present mode steps the page zoom like Chromium, and Actual size resets it', () => {
    const zooms: number[] = [];
    const set = (z: number) => zooms.push(z);
    menuZoom('zoomIn', set);
    menuZoom('zoomIn', set);
    menuZoom('zoomReset', set);
    menuZoom('zoomOut', set);
    menuZoom('zoomReset', set);
    expect(zooms).toEqual([1.1, 1.25, 1, 0.9, 1]);
    expect(usePresentation.getState().zoom).toBe(FIT);
  });

  it("while presenting is the projector's zoom and leaves the page zoom alone", () => {
    const zooms: number[] = [];
    usePresentation.setState({ presenting: true });
    menuZoom('zoomIn', (z) => zooms.push(z));
    expect(usePresentation.getState().zoom).toBeGreaterThan(FIT);
    menuZoom('zoomReset', (z) => zooms.push(z));
    expect(usePresentation.getState().zoom).toBe(FIT);
    expect(zooms).toEqual([]);
    usePresentation.setState({ presenting: false, zoom: FIT });
  });
});
