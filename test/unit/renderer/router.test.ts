import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../../renderer/app/router';
import { shortcutFor } from '../../../renderer/app/shortcuts';

describe('the report’s address', () => {
  it('is a route of its own next to the boards, and a reload lands on it again', () => {
    expect(parseHash('#/w/abc/report')).toEqual({ view: 'report', workshopId: 'abc', print: false });
    expect(parseHash('#/w/abc/report/print')).toEqual({ view: 'report', workshopId: 'abc', print: true });
    expect(parseHash('#/w/abc/coverage')).toEqual({ view: 'workshop', workshopId: 'abc', board: 'coverage' });
    expect(parseHash('#/w/abc/nonsense')).toEqual({ view: 'workshop', workshopId: 'abc', board: 'agenda' });
    const id = '海格 研讨会/1';
    for (const route of [
      { view: 'report', workshopId: id, print: false },
      { view: 'report', workshopId: id, print: true },
      { view: 'workshop', workshopId: id, board: 'routes' },
    ] as const) {
      expect(parseHash(hrefFor(route))).toEqual(route);
    }
  });
});

describe('export shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    shortcutFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods } as KeyboardEvent);

  it('Ctrl/Cmd+E opens the Export menu and Ctrl/Cmd+P prints the report', () => {
    expect(key('e', { ctrlKey: true })).toBe('export');
    expect(key('E', { metaKey: true })).toBe('export');
    expect(key('p', { ctrlKey: true })).toBe('print');
    expect(key('p', { metaKey: true })).toBe('print');
  });

  it('leaves other combinations alone', () => {
    expect(key('p')).toBeNull();
    expect(key('e')).toBeNull();
    expect(key('p', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(key('e', { ctrlKey: true, altKey: true })).toBeNull();
  });
});
