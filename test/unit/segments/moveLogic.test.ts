import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/records';
import { insertionAt, rowGeometry } from '../../../renderer/boards/segments/board/layout';
import { columnMoveIndex, isNoOp, movingIds, stepTarget, targetAtIndex, targetAtVisual } from '../../../renderer/boards/segments/board/moveLogic';
import { deriveColumns, UNASSIGNED } from '../../../renderer/boards/segments/state/columns';
import { account } from './fixtures';

const list = ['a', 'b', 'c', 'd'].map((id, i) => account({ id, order: `a${i}` }));
const xs = ['x1', 'x2'].map((id, i) => account({ id, segmentId: 'x', order: `a${i}` }));
const columns = deriveColumns(null, new Map<string, Account>([...list, ...xs].map((a) => [a.id, a])));
const order = [UNASSIGNED, 'x', 'empty'];

describe('moving cards: the arithmetic both the pointer and the keyboard use', () => {
  it('turns the pointer y into an insertion point by the card middles', () => {
    const g = rowGeometry(15); // card 78 px, row 86 px, pad 8 px
    expect(insertionAt(0, 4, g)).toBe(0);
    expect(insertionAt(g.pad + g.card / 2 - 1, 4, g)).toBe(0);
    expect(insertionAt(g.pad + g.card / 2 + 1, 4, g)).toBe(1);
    expect(insertionAt(g.pad + g.row * 2 + g.card / 2 + 1, 4, g)).toBe(3);
    expect(insertionAt(99_999, 4, g)).toBe(4);
  });

  it('maps an insertion point as shown to account.move’s index without the moving cards', () => {
    const moving = new Set(['b']);
    // Dropping b just below c: shown between c and d (visual 3); among a, c, d that is index 2.
    expect(targetAtVisual(UNASSIGNED, list, 3, moving)).toEqual({ column: UNASSIGNED, visual: 3, index: 2 });
    expect(targetAtIndex(UNASSIGNED, list, 2, moving)).toEqual({ column: UNASSIGNED, visual: 3, index: 2 });
    expect(isNoOp(columns, ['b'], targetAtVisual(UNASSIGNED, list, 1, moving))).toBe(true);
    expect(isNoOp(columns, ['b'], targetAtVisual(UNASSIGNED, list, 2, moving))).toBe(true);
    expect(isNoOp(columns, ['b'], targetAtVisual(UNASSIGNED, list, 3, moving))).toBe(false);
  });

  it('moves the whole selection, in board order, when a selected card is grabbed', () => {
    expect(movingIds('c', new Set(['x1', 'c', 'a']), columns, order)).toEqual(['a', 'c', 'x1']);
    expect(movingIds('d', new Set(['x1', 'c']), columns, order)).toEqual(['d']);
  });

  it('steps the keyboard target through positions and columns', () => {
    const moving = new Set(['b']);
    let t = targetAtIndex(UNASSIGNED, list, 1, moving);
    t = stepTarget(t, 'ArrowDown', columns, order, moving);
    expect(t.index).toBe(2);
    t = stepTarget(t, 'ArrowDown', columns, order, moving);
    t = stepTarget(t, 'ArrowDown', columns, order, moving);
    expect(t.index).toBe(3); // the end: a, c, d and then b
    t = stepTarget(t, 'ArrowRight', columns, order, moving);
    expect(t).toEqual({ column: 'x', index: 2, visual: 2 });
    t = stepTarget(t, 'ArrowRight', columns, order, moving);
    expect(t).toEqual({ column: 'empty', index: 0, visual: 0 });
    expect(stepTarget(t, 'ArrowRight', columns, order, moving)).toBe(t);
    t = stepTarget(stepTarget(t, 'ArrowLeft', columns, order, moving), 'Home', columns, order, moving);
    expect(t).toEqual({ column: 'x', index: 0, visual: 0 });
  });

  it('maps a column gap to segment.move’s index, and the gaps beside the column to no move', () => {
    expect(columnMoveIndex(2, 2)).toBeNull();
    expect(columnMoveIndex(3, 2)).toBeNull();
    expect(columnMoveIndex(0, 2)).toBe(0);
    expect(columnMoveIndex(5, 2)).toBe(4);
  });
});
