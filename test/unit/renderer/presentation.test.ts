import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/records';
import { hrefFor, parseHash } from '../../../renderer/app/router';
import { shortcutFor } from '../../../renderer/app/shortcuts';
import { stepTo } from '../../../renderer/workshop/agendaStep';

const item = (id: string, board: AgendaItem['board']): AgendaItem => ({ id, type: 'agendaItem', title: id, start: '09:00', duration: 30, board, notes: '', order: id });
const agenda = [item('open', null), item('seg', 'segments'), item('cov', 'coverage')];

describe('stepping through the agenda (arrow keys in present mode)', () => {
  it('→ starts at the first step, then goes one by one and stops at the last', () => {
    expect(stepTo(agenda, null, 1)?.id).toBe('open');
    expect(stepTo(agenda, 'open', 1)?.id).toBe('seg');
    expect(stepTo(agenda, 'seg', 1)?.id).toBe('cov');
    expect(stepTo(agenda, 'cov', 1)?.id).toBe('cov');
  });
  it('← goes back and stops at the first; without a step it does nothing', () => {
    expect(stepTo(agenda, 'cov', -1)?.id).toBe('seg');
    expect(stepTo(agenda, 'open', -1)?.id).toBe('open');
    expect(stepTo(agenda, null, -1)).toBeNull();
    expect(stepTo([], null, 1)).toBeNull();
  });
  it('a step whose item was deleted starts again from the first', () => {
    expect(stepTo(agenda, 'gone', 1)?.id).toBe('open');
  });
});

describe('the projector view’s address', () => {
  it('is #/present/<workshop>, and a reload lands on it again', () => {
    const id = '海格 研讨会/1';
    expect(parseHash(hrefFor({ view: 'present', workshopId: id }))).toEqual({ view: 'present', workshopId: id });
    expect(parseHash('#/present/abc')).toEqual({ view: 'present', workshopId: 'abc' });
    // An address without a workshop is the library, not an empty projector.
    expect(parseHash('#/present/')).toEqual({ view: 'library' });
  });
});

describe('present-mode keys', () => {
  const key = (init: Partial<KeyboardEvent>) => shortcutFor({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init } as KeyboardEvent);
  it('F5 and Ctrl/Cmd+Enter start present mode, as in presentation software', () => {
    expect(key({ key: 'F5' })).toBe('present');
    expect(key({ key: 'Enter', ctrlKey: true })).toBe('present');
    expect(key({ key: 'Enter', metaKey: true })).toBe('present');
    expect(key({ key: 'Enter' })).toBeNull();
    expect(key({ key: 'Enter', ctrlKey: true, shiftKey: true })).toBeNull();
  });
});
