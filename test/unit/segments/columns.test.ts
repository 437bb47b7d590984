import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/records';
import { columnOf, deriveColumns, UNASSIGNED } from '../../../renderer/boards/segments/state/columns';
import { account } from './fixtures';

const mapOf = (list: Account[]) => new Map(list.map((a) => [a.id, a]));
const ids = (list: readonly Account[]) => list.map((a) => a.id);

const base = [
  account({ id: 'u1', order: 'a0' }),
  account({ id: 'u2', order: 'a1' }),
  account({ id: 'u3', order: 'a2' }),
  account({ id: 'x1', segmentId: 'x', order: 'a0' }),
  account({ id: 'y1', segmentId: 'y', order: 'a0' }),
];

describe('board columns (structural sharing)', () => {
  it('groups accounts by segment in fractional order', () => {
    const shuffled = [base[2]!, base[4]!, base[0]!, base[3]!, base[1]!];
    const cols = deriveColumns(null, mapOf(shuffled));
    expect(ids(columnOf(cols, UNASSIGNED))).toEqual(['u1', 'u2', 'u3']);
    expect(ids(columnOf(cols, 'x'))).toEqual(['x1']);
    expect(columnOf(cols, 'nothing-here')).toEqual([]);
  });

  it('keeps the arrays of columns a move does not touch, so they do not re-render', () => {
    const before = deriveColumns(null, mapOf(base));
    const moved = mapOf(base);
    moved.set('u2', { ...base[1]!, segmentId: 'x', order: 'a1' });
    const after = deriveColumns(before, moved);
    expect(ids(columnOf(after, UNASSIGNED))).toEqual(['u1', 'u3']);
    expect(ids(columnOf(after, 'x'))).toEqual(['x1', 'u2']);
    expect(columnOf(after, 'y')).toBe(columnOf(before, 'y'));
    expect(columnOf(after, 'x')).not.toBe(columnOf(before, 'x'));
  });

  it('changes nothing when a commit replaces a record with an equal copy (after an optimistic move)', () => {
    const before = deriveColumns(null, mapOf(base));
    const copy = mapOf(base);
    copy.set('u2', { ...base[1]! });
    const after = deriveColumns(before, copy);
    expect(after.byKey).toBe(before.byKey);
  });

  it('follows additions, deletions and edits, and a large change (an import) regroups correctly', () => {
    let cols = deriveColumns(null, mapOf(base));
    const next = mapOf(base);
    next.delete('u1');
    next.set('u4', account({ id: 'u4', order: 'a0V' }));
    next.set('x1', { ...base[3]!, name: 'renamed' });
    cols = deriveColumns(cols, next);
    expect(ids(columnOf(cols, UNASSIGNED))).toEqual(['u4', 'u2', 'u3']);
    expect(columnOf(cols, 'x')[0]!.name).toBe('renamed');
    const y = columnOf(cols, 'y');

    const imported = new Map(next);
    for (let i = 0; i < 600; i++) imported.set(`n${i}`, account({ id: `n${i}`, order: `b${String(i).padStart(4, '0')}` }));
    cols = deriveColumns(cols, imported);
    expect(columnOf(cols, UNASSIGNED)).toHaveLength(603);
    expect(ids(columnOf(cols, UNASSIGNED)).slice(0, 4)).toEqual(['u4', 'u2', 'u3', 'n0']);
    expect(columnOf(cols, 'y')).toBe(y);
  });
});

describe('column figures follow the column arrays', () => {
  it('are the same object for an untouched column and recomputed for a changed one', async () => {
    const { figuresOf } = await import('../../../renderer/boards/segments/state/figures');
    const before = deriveColumns(null, mapOf(base));
    const moved = mapOf(base);
    moved.set('u2', { ...base[1]!, segmentId: 'x', order: 'a1', revenue: 10 });
    const after = deriveColumns(before, moved);
    expect(figuresOf(columnOf(after, 'y'))).toBe(figuresOf(columnOf(before, 'y')));
    expect(figuresOf(columnOf(after, 'x'))).toMatchObject({ count: 2, revenue: 10 });
  });
});
