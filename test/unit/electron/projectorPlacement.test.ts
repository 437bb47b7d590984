import { describe, expect, it } from 'vitest';
import { projectorPlacement } from '../../../electron/projectorPlacement';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

describe('Present on second screen', () => {
  it('opens full screen on the display the facilitator is not on', () => {
    expect(projectorPlacement([laptop, projector], 1)).toEqual({ bounds: projector.bounds, fullscreen: true });
    // The facilitator moved the app to the big screen: the projector goes to the other one.
    expect(projectorPlacement([laptop, projector], 2)).toEqual({ bounds: laptop.bounds, fullscreen: true });
  });
  it('with one display, a 16:9 window in its middle, not full screen over the facilitator', () => {
    const p = projectorPlacement([laptop], 1);
    expect(p.fullscreen).toBe(false);
    expect(p.bounds.width / p.bounds.height).toBeCloseTo(16 / 9, 1);
    expect(p.bounds.x).toBeGreaterThan(0);
    expect(p.bounds.x + p.bounds.width).toBeLessThan(1440);
    expect(p.bounds.y + p.bounds.height).toBeLessThan(900);
  });
});
