import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { applyDiffTo } from '../../../shared/diff';
import { generateNKeysBetween } from 'fractional-indexing';
import { RecordStore } from '../../../shared/recordStore';
import { RECORD_TYPES, type Account, type AnyRecord } from '../../../shared/records';
import { columnOf, deriveColumns, UNASSIGNED, type Columns } from '../../../renderer/boards/segments/state/columns';
import { indexesOf, isNoOp, stayingCount, stayingIn } from '../../../renderer/boards/segments/board/moveLogic';
import { recordsView } from '../../../renderer/state/recordsView';
import { applyDiffByType, sameDiff, type RecordsByType } from '../../../renderer/state/workshopStore';
import { account, segment } from './fixtures';

/**
 * The drop on a 50,000-card board does only what the move changed: the optimistic guess reads its
 * column from the board's columns, the store shares the unchanged accounts between versions, and
 * the columns update from the changed ids. Each must give exactly what the full computation gives:
 * the service's command over its own indexed store, and a regroup of every account from scratch.
 */

const COLUMNS = [null, 'x', 'y'] as const;
const N = 400; // above LayeredMap's plain-copy size, so the shared maps are what is tested

function seed(): AnyRecord[] {
  const keys = generateNKeysBetween(null, null, N);
  const accounts = keys.map((order, i) => account({ id: `a${i}`, order, segmentId: COLUMNS[i % 3]!, revenue: i % 7 ? i : null }));
  return [segment('x', {}, 'a0'), segment('y', {}, 'a1'), ...accounts];
}

function byTypeOf(records: readonly AnyRecord[]): RecordsByType {
  const out = Object.fromEntries(RECORD_TYPES.map((t) => [t, new Map<string, AnyRecord>()])) as Record<string, Map<string, AnyRecord>>;
  for (const r of records) out[r.type]!.set(r.id, r);
  return out as unknown as RecordsByType;
}

const move = fc.record({
  ids: fc.uniqueArray(fc.integer({ min: 0, max: N - 1 }).map((i) => `a${i}`), { minLength: 1, maxLength: 4 }),
  segmentId: fc.constantFrom(...COLUMNS),
  index: fc.integer({ min: 0, max: N }),
});

const idsOf = (list: readonly Account[]) => list.map((a) => a.id);
const ctx = { newId: () => 'unused', now: () => 0 };

describe('the drop path, incrementally', () => {
  it('guesses what the service commits, and keeps columns equal to a regroup from scratch', () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 12 }), (moves) => {
        const records = seed();
        const service = new RecordStore(records);
        let store = byTypeOf(records);
        let columns: Columns = deriveColumns(null, store.account);
        for (const m of moves) {
          const command = { type: 'account.move', ...m };
          // The renderer's guess (through the board's column index) and the service's commit.
          const guessed = applyCommand(recordsView(store), command, ctx).diff;
          const committed = applyCommand(service, command, ctx).diff;
          expect(sameDiff(guessed, committed)).toBe(true);
          applyDiffTo(service, committed);
          store = applyDiffByType(store, guessed);
          columns = deriveColumns(columns, store.account);
          const fresh = deriveColumns(null, new Map(store.account));
          for (const key of [UNASSIGNED, 'x', 'y']) expect(idsOf(columnOf(columns, key))).toEqual(idsOf(columnOf(fresh, key)));
          expect(new Map(store.account)).toEqual(new Map([...service.ofType('account')].map((a) => [a.id, a])));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('calls a drop a no-op exactly when the column would come out as it is', () => {
    const columns = deriveColumns(null, byTypeOf(seed()).account);
    fc.assert(
      fc.property(move, ({ ids, segmentId, index }) => {
        const key = segmentId ?? UNASSIGNED;
        const list = columnOf(columns, key);
        const moving = new Set(ids);
        const staying = list.filter((a) => !moving.has(a.id)).map((a) => a.id);
        const at = Math.min(index, staying.length);
        const result = [...staying.slice(0, at), ...ids, ...staying.slice(at)];
        const same = result.length === list.length && result.every((id, i) => id === list[i]!.id);
        expect(isNoOp(columns, ids, { column: key, index: at, visual: at })).toBe(same);
      }),
      { numRuns: 300 },
    );
    // Picked up and put back where it was: the common no-op, which the random moves rarely hit.
    const list = columnOf(columns, 'x');
    expect(isNoOp(columns, [list[3]!.id, list[4]!.id], { column: 'x', index: 3, visual: 3 })).toBe(true);
    expect(isNoOp(columns, [list[4]!.id, list[3]!.id], { column: 'x', index: 3, visual: 3 })).toBe(false);
  });

  it('finds the moving cards and counts the staying ones without a pass over the column', () => {
    const accounts = byTypeOf(seed()).account;
    const columns = deriveColumns(null, accounts);
    fc.assert(
      fc.property(move, ({ ids, segmentId }) => {
        const key = segmentId ?? UNASSIGNED;
        const list = columnOf(columns, key);
        const idSet = new Set(ids);
        const from = new Set(ids.map((id) => accounts.get(id)!.segmentId ?? UNASSIGNED));
        expect(stayingIn(list, key, { ids, idSet, columns: from })).toBe(stayingCount(list, idSet));
        const scanned = list.flatMap((a, i) => (idSet.has(a.id) ? [i] : []));
        expect(indexesOf(list, idSet, accounts).sort((a, b) => a - b)).toEqual(scanned);
      }),
      { numRuns: 300 },
    );
  });
});
