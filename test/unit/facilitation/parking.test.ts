import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { applyDiffTo, invertDiff } from '../../../shared/diff';
import type { AppError } from '../../../shared/errors';
import { sortByOrder } from '../../../shared/order';
import type { AnyRecord, ParkingItem } from '../../../shared/records';
import { loadTemplates } from '../../../electron/service/templates';

const template = loadTemplates().find((t) => t.id === 'sales-transformation' && t.language === 'zh-CN')!;
const fresh = () => new Map<string, AnyRecord>(template.records.map((r) => [r.id, r]));
let n = 0;
const ctx = { newId: () => `p-${++n}`, now: () => 1_700_000_000_000 };
const run = (state: Map<string, AnyRecord>, command: unknown) => {
  const { diff, undoable } = applyCommand(state, command, ctx);
  applyDiffTo(state, diff);
  return { diff, undoable };
};
const parked = (state: Map<string, AnyRecord>) => sortByOrder([...state.values()].filter((r): r is ParkingItem => r.type === 'parkingItem'));
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};

describe('the parking lot', () => {
  it('parks questions in the order they were raised, with owner, status and the board they came from', () => {
    const s = fresh();
    expect(parked(s)).toEqual([]);
    const first = run(s, { type: 'parking.add', values: { text: '  伙伴返点谁来定？ ', owner: '渠道总监', board: 'routes' } });
    expect(first.undoable).toBe(true);
    run(s, { type: 'parking.add', values: { text: 'Is the quota final?' } });
    expect(parked(s).map((p) => [p.text, p.owner, p.status, p.board])).toEqual([
      ['伙伴返点谁来定？', '渠道总监', 'open', 'routes'],
      ['Is the quota final?', '', 'open', null],
    ]);
  });

  it('changes status and answer, and undo restores the question as it was', () => {
    const s = fresh();
    run(s, { type: 'parking.add', id: 'q1', values: { text: '配额是否定稿？', board: 'coverage' } });
    const { diff } = run(s, { type: 'parking.update', id: 'q1', patch: { status: 'action', answer: '财务总监周五前确认' } });
    expect(parked(s)[0]).toMatchObject({ status: 'action', answer: '财务总监周五前确认' });
    applyDiffTo(s, invertDiff(diff));
    expect(parked(s)[0]).toMatchObject({ status: 'open', answer: '' });
  });

  it('deletes and undo brings the question back in its place', () => {
    const s = fresh();
    for (const id of ['a', 'b', 'c']) run(s, { type: 'parking.add', id, values: { text: `问题 ${id}` } });
    const { diff } = run(s, { type: 'parking.delete', ids: ['b'] });
    expect(parked(s).map((p) => p.id)).toEqual(['a', 'c']);
    applyDiffTo(s, invertDiff(diff));
    expect(parked(s).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses an empty question, an unknown status or board, and changes nothing', () => {
    const s = fresh();
    run(s, { type: 'parking.add', id: 'q1', values: { text: '问题' } });
    const before = JSON.stringify([...s]);
    expect(errorOf(() => run(s, { type: 'parking.update', id: 'q1', patch: { text: '   ' } }))).toMatchObject({ code: 'invalid_command', params: { field: 'patch.text' } });
    expect(errorOf(() => run(s, { type: 'parking.update', id: 'q1', patch: { status: 'maybe' } }))).toMatchObject({ code: 'invalid_command' });
    expect(errorOf(() => run(s, { type: 'parking.add', values: { text: 'x', board: 'kitchen' } }))).toMatchObject({ code: 'invalid_command' });
    expect(errorOf(() => run(s, { type: 'parking.delete', ids: ['nope'] }))).toMatchObject({ code: 'not_found' });
    expect(JSON.stringify([...s])).toBe(before);
  });
});
