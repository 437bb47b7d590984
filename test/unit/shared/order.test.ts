import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNKeysBetween } from 'fractional-indexing';
import { byOrder, keysAt, sortByOrder, sortByOrderInPlace, type Ordered } from '../../../shared/order';

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

describe('sortByOrderInPlace', () => {
  const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const keyArb = fc.oneof(
    // Real keys: base-62 digits, often sharing a long prefix (many cards placed between two).
    fc.tuple(fc.constantFrom('a0', 'a0V', 'c0Md', 'b00', 'a0VVVV'), fc.string({ unit: fc.constantFrom(...digits.split('')), maxLength: 6 })).map(([p, s]) => p + s),
    // Anything else a damaged or foreign key could hold: the result must still be exact.
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const itemsArb = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), order: keyArb }), { minLength: 64, maxLength: 300 });

  it('gives exactly what sort(byOrder) gives, also where keys share their first characters or hold any character', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const expected = [...items].sort(byOrder);
        const actual = [...items];
        expect(sortByOrderInPlace(actual)).toBe(actual);
        expect(actual).toEqual(expected);
        expect(sortByOrderInPlace(items.slice(0, 10))).toEqual([...items.slice(0, 10)].sort(byOrder));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts a board-sized column of generated keys exactly', () => {
    const keys = generateNKeysBetween(null, null, 20_000);
    const items = keys.map((order, i) => ({ id: `id-${(i * 7919) % 20_000}`, order }));
    for (let i = items.length - 1; i > 0; i--) {
      const j = (i * 48271) % (i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    const expected = [...items].sort(byOrder);
    expect(sortByOrderInPlace(items)).toEqual(expected);
  });
});
