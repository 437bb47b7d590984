import { describe, expect, it } from 'vitest';
import { firstReport } from '../../../renderer/app/shortcuts';

describe('shortcut reports', () => {
  it('fast presses from one source all count (Ctrl+Z twice undoes twice)', () => {
    expect(firstReport('undo', 'keyboard', 1000)).toBe(true);
    expect(firstReport('undo', 'keyboard', 1040)).toBe(true);
  });

  it('the menu echoing the same key press is ignored once', () => {
    expect(firstReport('redo', 'keyboard', 5000)).toBe(true);
    expect(firstReport('redo', 'menu', 5010)).toBe(false);
    expect(firstReport('redo', 'menu', 5400)).toBe(true);
  });
});
