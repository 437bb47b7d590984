import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_MIN_SIZE, LayeredMap } from '../../../renderer/state/layeredMap';

/**
 * The store's big per-type maps share their entries between versions (LayeredMap). Whatever
 * sequence of changes, each version must read exactly like a plain Map built the slow way, and no
 * later change may alter an earlier version (the store keeps them for undoing guesses).
 */

type Op = { sets: [string, number][]; deletes: string[] };

const key = fc.integer({ min: 0, max: LAYER_MIN_SIZE * 2 }).map((i) => `k${i}`);
const op: fc.Arbitrary<Op> = fc.record({
  sets: fc.array(fc.tuple(key, fc.integer()), { maxLength: 6 }),
  deletes: fc.array(key, { maxLength: 4 }),
});

function applyPlain(map: Map<string, number>, { sets, deletes }: Op): Map<string, number> {
  const next = new Map(map);
  for (const k of deletes) next.delete(k);
  for (const [k, v] of sets) next.set(k, v);
  return next;
}

const sorted = (m: ReadonlyMap<string, number>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/** What a reader sees of a map: size, entries in key order, and get/has of every possible key. */
function reading(m: ReadonlyMap<string, number>) {
  const probes: [unknown, boolean][] = [];
  for (let i = 0; i <= LAYER_MIN_SIZE * 2; i++) probes.push([m.get(`k${i}`), m.has(`k${i}`)]);
  return { size: m.size, entries: sorted(m), keys: [...m.keys()].sort(), values: [...m.values()].length, probes };
}

function expectSame(actual: ReadonlyMap<string, number>, expected: Map<string, number>): void {
  expect(reading(actual)).toEqual(reading(expected));
}

const start = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`k${i}`, -i] as [string, number]));

describe('LayeredMap', () => {
  it('reads like a plain Map after any changes, and leaves every earlier version as it was', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LAYER_MIN_SIZE + 50 }), fc.array(op, { maxLength: 25 }), fc.integer({ min: 0, max: 30 }), (n, ops, compactAt) => {
        let plain = start(n);
        let layered: ReadonlyMap<string, number> = new Map(plain);
        const history: [ReadonlyMap<string, number>, Map<string, number>][] = [];
        ops.forEach((o, i) => {
          history.push([layered, plain]);
          plain = applyPlain(plain, o);
          layered = LayeredMap.derive(layered, new Map(o.sets), o.deletes);
          // Folding the changes into a new base changes nothing anyone can read.
          if (i === compactAt && layered instanceof LayeredMap) layered.compactNow();
          expectSame(layered, plain);
        });
        for (const [l, p] of history) expectSame(l, p);
      }),
      { numRuns: 100 },
    );
  });

  it('says which keys changed since a recent ancestor (at least those), and null for a stranger', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), fc.nat(), (ops, pick) => {
        const versions: ReadonlyMap<string, number>[] = [start(LAYER_MIN_SIZE)];
        for (const o of ops) versions.push(LayeredMap.derive(versions[versions.length - 1]!, new Map(o.sets), o.deletes));
        const newest = versions[versions.length - 1] as LayeredMap<string, number>;
        const older = versions[pick % versions.length]!;
        const changed = new Set(newest.changedSince(older));
        for (let i = 0; i <= LAYER_MIN_SIZE * 2; i++) {
          const k = `k${i}`;
          if (older.get(k) !== newest.get(k) || older.has(k) !== newest.has(k)) expect(changed.has(k)).toBe(true);
        }
        expect(newest.changedSince(new Map())).toBeNull();
      }),
    );
  });

  it('copies small maps plainly, and a change to one of 50,000 entries shares the rest', () => {
    const small = LayeredMap.derive(start(10), new Map([['k1', 5]]));
    expect(small).toBeInstanceOf(Map);
    const big = start(50_000);
    const next = LayeredMap.derive(big, new Map([['k7', 1]]), ['k8']) as LayeredMap<string, number>;
    expect(next.layers().base).toBe(big);
    expect(next.size).toBe(49_999);
    expect(next.get('k7')).toBe(1);
    expect(big.get('k7')).toBe(-7);
    expect([...next.changedSince(big)!].sort()).toEqual(['k7', 'k8']);
  });
});
