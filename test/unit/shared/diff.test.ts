import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { applyDiffTo, DiffBuilder, invertDiff, isEmptyDiff, rebaseDiff } from '../../../shared/diff';
import type { AgendaItem, AnyRecord, Settings } from '../../../shared/records';
import { loadTemplates } from '../../../electron/service/templates';

const template = loadTemplates().find((t) => t.id === 'sales-transformation' && t.language === 'zh-CN')!;
const fresh = () => new Map<string, AnyRecord>(template.records.map((r) => [r.id, r]));
let n = 0;
const ctx = { newId: () => `new-${++n}`, now: () => 1_700_000_000_000 };

const item = (id: string, title: string, order: string): AgendaItem => ({
  id, type: 'agendaItem', title, start: '09:00', duration: 30, board: null, notes: '', order,
});

describe('DiffBuilder', () => {
  it('folds add-then-update into one add, and add-then-remove into nothing', () => {
    const b = new DiffBuilder(new Map());
    b.put(item('x', 'first', 'a0'));
    b.put(item('x', 'second', 'a0'));
    b.put(item('y', 'gone', 'a1'));
    b.remove('y');
    const d = b.build();
    expect(d.added.map((r) => (r as AgendaItem).title)).toEqual(['second']);
    expect(d.updated).toEqual([]);
    expect(d.removed).toEqual([]);
  });

  it('reports the original record when an updated record is removed', () => {
    const base = new Map<string, AnyRecord>([['x', item('x', 'original', 'a0')]]);
    const b = new DiffBuilder(base);
    b.put(item('x', 'changed', 'a0'));
    b.remove('x');
    expect(b.build().removed).toEqual([item('x', 'original', 'a0')]);
  });

  it('writes nothing for a record put back unchanged', () => {
    const base = new Map<string, AnyRecord>([['x', item('x', 'same', 'a0')]]);
    const b = new DiffBuilder(base);
    b.put({ ...item('x', 'same', 'a0') });
    expect(isEmptyDiff(b.build())).toBe(true);
  });
});

describe('invert and rebase', () => {
  it('any sequence of agenda commands is undone exactly by its inverse diffs, in reverse', () => {
    const commandArb = fc.oneof(
      fc.record({ type: fc.constant('agenda.add' as const), index: fc.nat(12), values: fc.record({ title: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0) }) }),
      fc.record({ type: fc.constant('agenda.move' as const), pick: fc.nat(20), index: fc.nat(12) }),
      fc.record({ type: fc.constant('agenda.delete' as const), pick: fc.nat(20) }),
      fc.record({ type: fc.constant('agenda.update' as const), pick: fc.nat(20), duration: fc.integer({ min: 1, max: 240 }) }),
    );
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 15 }), (cmds) => {
        const state = fresh();
        const start = new Map(state);
        const diffs = [];
        for (const c of cmds) {
          const ids = [...state.values()].filter((r) => r.type === 'agendaItem').map((r) => r.id);
          let command: unknown;
          if (c.type === 'agenda.add') command = { type: c.type, index: c.index, values: c.values };
          else if (!ids.length) continue;
          else if (c.type === 'agenda.move') command = { type: c.type, id: ids[c.pick % ids.length], index: c.index };
          else if (c.type === 'agenda.delete') command = { type: c.type, ids: [ids[c.pick % ids.length]] };
          else command = { type: c.type, id: ids[c.pick % ids.length], patch: { duration: c.duration } };
          const { diff } = applyCommand(state, command, ctx);
          applyDiffTo(state, diff);
          diffs.push(diff);
        }
        for (const d of diffs.reverse()) applyDiffTo(state, rebaseDiff(state, invertDiff(d)));
        expect(new Map([...state].sort())).toEqual(new Map([...start].sort()));
      }),
      { numRuns: 150 },
    );
  });

  it('undoing a settings change keeps a timer change made since (not on the undo stack)', () => {
    const state = fresh();
    const change = applyCommand(state, { type: 'settings.update', patch: { routeTarget: 5 } }, ctx).diff;
    applyDiffTo(state, change);
    applyDiffTo(state, applyCommand(state, { type: 'timer.start', itemId: 'agenda-3' }, ctx).diff);
    applyDiffTo(state, rebaseDiff(state, invertDiff(change)));
    const settings = state.get('settings') as Settings;
    expect(settings.routeTarget).toBe(7);
    expect(settings.timer.itemId).toBe('agenda-3');
  });
});
