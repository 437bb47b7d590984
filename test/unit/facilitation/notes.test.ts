import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { anchorKey, isAttached, notesByAnchor } from '../../../shared/calc/notes';
import { applyDiffTo, invertDiff } from '../../../shared/diff';
import type { AppError } from '../../../shared/errors';
import type { AnyRecord, StickyNote } from '../../../shared/records';
import { loadTemplates } from '../../../electron/service/templates';

const template = loadTemplates().find((t) => t.id === 'sales-transformation' && t.language === 'zh-CN')!;
const fresh = () => new Map<string, AnyRecord>(template.records.map((r) => [r.id, r]));
let n = 0;
const ctx = { newId: () => `n-${++n}`, now: () => 1_700_000_000_000 };
const run = (state: Map<string, AnyRecord>, command: unknown) => {
  const { diff } = applyCommand(state, command, ctx);
  applyDiffTo(state, diff);
  return diff;
};
const notes = (s: Map<string, AnyRecord>) => [...s.values()].filter((r): r is StickyNote => r.type === 'note');
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};
const segmentId = template.records.find((r) => r.type === 'segment')!.id;
const offeringId = template.records.find((r) => r.type === 'offering')!.id;

describe('sticky notes', () => {
  it('sticks notes to the board, a segment and a routes cell; badges count them per item', () => {
    const s = fresh();
    run(s, { type: 'note.add', values: { board: 'segments', text: '先看收入前十', author: '第一组', color: '#caffbf' } });
    run(s, { type: 'note.add', values: { board: 'segments', text: '这一群太杂', anchor: { kind: 'record', id: segmentId } } });
    run(s, { type: 'note.add', values: { board: 'segments', text: '要拆成两群？', anchor: { kind: 'record', id: segmentId } } });
    run(s, { type: 'note.add', values: { board: 'routes', text: '伙伴冲突', anchor: { kind: 'routesCell', segmentId, offeringId } } });
    const seg = notesByAnchor(notes(s), 'segments');
    expect(seg.get('board')!.map((x) => [x.text, x.author, x.color])).toEqual([['先看收入前十', '第一组', '#caffbf']]);
    expect(seg.get(anchorKey({ kind: 'record', id: segmentId }))!.map((x) => x.text)).toEqual(['这一群太杂', '要拆成两群？']);
    expect(notesByAnchor(notes(s), 'routes').get(anchorKey({ kind: 'routesCell', segmentId, offeringId }))!.map((x) => x.text)).toEqual(['伙伴冲突']);
  });

  it('refuses a note on something that is not there, or a cell of an unknown offering, and changes nothing', () => {
    const s = fresh();
    const before = s.size;
    expect(errorOf(() => run(s, { type: 'note.add', values: { board: 'segments', text: 'x', anchor: { kind: 'record', id: 'gone' } } }))).toMatchObject({ code: 'not_found' });
    expect(
      errorOf(() => run(s, { type: 'note.add', values: { board: 'routes', text: 'x', anchor: { kind: 'routesCell', segmentId, offeringId: segmentId } } })),
    ).toMatchObject({ code: 'not_found' });
    expect(errorOf(() => run(s, { type: 'note.add', values: { board: 'segments', text: '  ' } }))).toMatchObject({ code: 'invalid_command' });
    expect(errorOf(() => run(s, { type: 'note.add', values: { board: 'segments', text: 'x', color: 'yellow' } }))).toMatchObject({ code: 'invalid_command' });
    expect(s.size).toBe(before);
  });

  it('a note outlives the item it was stuck to (shown detached); undo of the delete re-attaches it', () => {
    const s = fresh();
    run(s, { type: 'note.add', id: 'n1', values: { board: 'segments', text: '保留这条', anchor: { kind: 'record', id: segmentId } } });
    const removed = run(s, { type: 'segment.delete', ids: [segmentId] });
    const note = s.get('n1') as StickyNote;
    expect(note.text).toBe('保留这条');
    expect(isAttached(note, (id) => s.get(id))).toBe(false);
    applyDiffTo(s, invertDiff(removed));
    expect(isAttached(note, (id) => s.get(id))).toBe(true);
  });

  it('a note on a deleted coverage cell stays, detached, and its text can still be edited', () => {
    const s = fresh();
    const scenarioId = [...s.values()].find((r) => r.type === 'scenario')!.id;
    const motionId = [...s.values()].find((r) => r.type === 'motion')!.id;
    run(s, { type: 'coverage.place', id: 'cov-1', scenarioId, segmentId, motionId });
    run(s, { type: 'note.add', id: 'n1', values: { board: 'coverage', text: '成本偏高', anchor: { kind: 'record', id: 'cov-1' } } });
    run(s, { type: 'coverage.remove', ids: ['cov-1'] });
    expect(isAttached(s.get('n1') as StickyNote, (id) => s.get(id))).toBe(false);
    // Editing the words of a detached note must not fail on the anchor it lost.
    run(s, { type: 'note.update', id: 'n1', patch: { text: '成本偏高，需复核' } });
    expect((s.get('n1') as StickyNote).text).toBe('成本偏高，需复核');
    // Moving it to something that is not there is still refused.
    expect(() => run(s, { type: 'note.update', id: 'n1', patch: { anchor: { kind: 'record', id: 'nope' } } })).toThrow(/anchor/);
  });

  it('deletes a note with undo', () => {
    const s = fresh();
    run(s, { type: 'note.add', id: 'n1', values: { board: 'coverage', text: '成本偏高' } });
    const diff = run(s, { type: 'note.delete', ids: ['n1'] });
    expect(notes(s)).toEqual([]);
    applyDiffTo(s, invertDiff(diff));
    expect(notes(s).map((x) => x.text)).toEqual(['成本偏高']);
  });
});
