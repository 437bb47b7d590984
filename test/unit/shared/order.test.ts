import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysAt, sortByOrder, type Ordered } from '../../../shared/order';

describe('fractional order keys', () => {
  it('inserting at an index puts the item exactly there, and writes only its own key', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 3 })), { maxLength: 40 }), (ops) => {
        let list: Ordered[] = [];
        const expected: string[] = [];
        let n = 0;
        for (const [index, count] of ops) {
          const keys = keysAt(list, index, count);
          const at = Math.min(index, list.length);
          const added = keys.map((order) => ({ id: `i${++n}`, order }));
          expected.splice(at, 0, ...added.map((a) => a.id));
          list = sortByOrder([...list, ...added]);
        }
        expect(list.map((i) => i.id)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('sorts by plain string comparison, not the locale', () => {
    const items = [{ id: 'b', order: 'a1' }, { id: 'a', order: 'Zz' }, { id: 'c', order: 'a0V' }];
    expect(sortByOrder(items).map((i) => i.id)).toEqual(['a', 'c', 'b']);
  });
});
