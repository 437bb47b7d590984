import { describe, expect, it } from 'vitest';
import { snapToVsync } from '../../bench/suites/drag';

describe('drag benchmark: frame times in whole refresh intervals', () => {
  it('reads on-time 60 Hz frames with 0.1 ms timer jitter as one interval, and keeps late frames late', () => {
    const deltas = [16.6, 16.7, 16.8, 16.7, 16.6, 16.8, 33.3, 16.7, 16.8, 50.1, 16.6, 16.7, 23.0];
    const { interval, snapped } = snapToVsync(deltas);
    expect(interval).toBeCloseTo(16.7, 1);
    expect(snapped.filter((d) => Math.abs(d - interval) < 1e-9)).toHaveLength(10);
    expect(snapped[6]).toBeCloseTo(2 * interval, 6);
    expect(snapped[9]).toBeCloseTo(3 * interval, 6);
    // 23 ms is not near a multiple: it stays as measured.
    expect(snapped[12]).toBe(23.0);
  });
});
