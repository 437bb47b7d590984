import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNKeysBetween, keysAt, keysAtExcept, sortByOrder } from '../../../shared/order';
import { RecordStore } from '../../../shared/recordStore';
import type { AgendaItem, Segment } from '../../../shared/records';
import { account as makeAccount } from '../segments/fixtures';
import { applyCommand } from '../../../shared/commands';
import { loadTemplates } from '../../../electron/service/templates';

describe('RecordStore', () => {
  it('lists one type, and follows sets, type changes and deletes', () => {
    const a: AgendaItem = { id: 'a', type: 'agendaItem', title: 'A', start: '09:00', duration: 5, board: null, notes: '', order: 'a0' };
    const store = new RecordStore([a]);
    expect([...store.ofType('agendaItem')].map((r) => r.id)).toEqual(['a']);
    store.set('a', { ...a, title: 'B' });
    expect([...store.ofType('agendaItem')][0]!.title).toBe('B');
    store.delete('a');
    expect([...store.ofType('agendaItem')]).toEqual([]);
    expect(store.size).toBe(0);
  });

  it('commands store records with one key order per type (canonical shape)', () => {
    const t = loadTemplates().find((x) => x.id === 'sales-transformation' && x.language === 'en')!;
    const store = new RecordStore(t.records);
    const { diff } = applyCommand(store, { type: 'segment.update', id: 'seg-key', patch: { painPoints: 'x', name: 'Key' } }, { newId: () => 'n', now: () => 0 });
    const after = diff.updated[0]![1] as Segment;
    expect(Object.keys(after)).toEqual(Object.keys(t.records.find((r) => r.id === 'seg-mid')!));
  });
});

describe('keysAtExcept', () => {
  const KEYS = generateNKeysBetween(null, null, 5001);
  it('places like removing the moving items and inserting, for any column, moving set and index', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 }),
        fc.array(fc.nat(80), { maxLength: 4 }),
        fc.nat(70),
        (nums, picks, index) => {
          const column = sortByOrder(nums.map((n) => ({ id: `i${n}`, order: KEYS[n]! })));
          // Some moving items come from this column, one from elsewhere.
          const moving = [...new Set(picks.filter((p) => p < column.length))].map((p) => column[p]!);
          moving.push({ id: 'other', order: KEYS[2500]! });
          const keys = keysAtExcept(column, moving, index, moving.length);
          const rest = column.filter((c) => !moving.some((m) => m.id === c.id));
          expect(keys).toEqual(keysAt(rest, index, moving.length));
          const placed = sortByOrder([...rest, ...moving.map((m, i) => ({ id: m.id, order: keys[i]! }))]);
          const at = Math.min(index, rest.length);
          expect(placed.slice(at, at + moving.length).map((x) => x.id)).toEqual(moving.map((m) => m.id));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('RecordStore group index', () => {
  const KEYS = generateNKeysBetween(null, null, 200);
  const account = (n: number, segment: number | null, key: number) =>
    makeAccount({ id: `a${n}`, segmentId: segment === null ? null : `s${segment}`, order: KEYS[key]! });
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), n: fc.nat(30), segment: fc.option(fc.nat(3)), key: fc.nat(199) }),
    fc.record({ kind: fc.constant('delete' as const), n: fc.nat(30) }),
  );

  it('lists a column in board order after any sets, moves and deletes, as a filter and sort would', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.nat(80), (ops, readAt) => {
        const store = new RecordStore();
        ops.forEach((o, i) => {
          // Reading once builds the index; from then on it must follow every change.
          if (i === readAt) store.ofGroup('account', 'segmentId', 's0');
          if (o.kind === 'set') store.set(`a${o.n}`, account(o.n, o.segment, o.key));
          else store.delete(`a${o.n}`);
        });
        for (const segmentId of ['s0', 's1', 's2', 's3', null]) {
          const expected = sortByOrder([...store.ofType('account')].filter((a) => a.segmentId === segmentId));
          expect(store.ofGroup('account', 'segmentId', segmentId).map((a) => a.id)).toEqual(expected.map((a) => a.id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
