import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNKeysBetween, keysAt, keysAtUnsorted, sortByOrder } from '../../../shared/order';
import { RecordStore } from '../../../shared/recordStore';
import type { AgendaItem, Segment } from '../../../shared/records';
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

describe('keysAtUnsorted', () => {
  const KEYS = generateNKeysBetween(null, null, 5001);
  it('gives the same position as sorting first, for any list and index', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 }), fc.nat(70), (nums, index) => {
        const items = nums.map((n) => ({ id: `i${n}`, order: KEYS[n]! }));
        const [key] = keysAtUnsorted(items, index);
        const [expected] = keysAt(sortByOrder(items), index);
        const sorted = sortByOrder([...items, { id: 'new', order: key! }]);
        expect(sorted.findIndex((x) => x.id === 'new')).toBe(Math.min(index, items.length));
        expect(key).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
