import { describe, expect, it } from 'vitest';
import type { Diff } from '../../../shared/diff';
import type { AgendaItem } from '../../../shared/records';
import { sameDiff, useWorkshop } from '../../../renderer/state/workshopStore';

const item = (id: string, order: string): AgendaItem => ({ id, type: 'agendaItem', title: id, start: '09:00', duration: 30, board: null, notes: '', order });
const snapshot = {
  workshop: { id: 'w', name: 'W', client: '', language: 'en' as const, templateId: null, version: 0, createdAt: '', updatedAt: '' },
  version: 0,
  records: [item('a', 'a0'), item('b', 'a1')],
  undo: { canUndo: false, canRedo: false, undoType: null, redoType: null },
};
const move: Diff = { added: [], removed: [], updated: [[item('a', 'a0'), item('a', 'a2')]] };
const undo = { canUndo: true, canRedo: false, undoType: 'agenda.move', redoType: null };

describe('workshop store', () => {
  it('keeps the records of a confirmed guess without copying them again', () => {
    const s = useWorkshop.getState();
    s.load(snapshot);
    const g = s.applyOptimistic(move);
    const guessed = useWorkshop.getState().records.agendaItem;
    expect(guessed.get('a')!.order).toBe('a2');
    useWorkshop.getState().applyCommit({ version: 1, diff: structuredClone(move), undo }, g);
    expect(useWorkshop.getState().records.agendaItem).toBe(guessed);
    expect(useWorkshop.getState().version).toBe(1);
  });

  it('replaces a wrong guess with what the service committed', () => {
    const s = useWorkshop.getState();
    s.load(snapshot);
    const g = s.applyOptimistic(move);
    const actual: Diff = { added: [], removed: [], updated: [[item('a', 'a0'), item('a', 'Zz')]] };
    useWorkshop.getState().applyCommit({ version: 1, diff: actual, undo }, g);
    expect(useWorkshop.getState().pending).toEqual([]);
    expect(useWorkshop.getState().records.agendaItem.get('a')!.order).toBe('Zz');
    expect(sameDiff(move, actual)).toBe(false);
  });

  it('drops a refused guess, and reloads when an event skips a version', () => {
    const s = useWorkshop.getState();
    s.load(snapshot);
    const g = s.applyOptimistic(move);
    useWorkshop.getState().dropGuess(g);
    expect(useWorkshop.getState().records.agendaItem.get('a')!.order).toBe('a0');
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'w', version: 3, diff: move, cause: 'agenda.move', undo });
    expect(useWorkshop.getState().stale).toBe(true);
  });

  it('keeps later guesses on screen while an earlier one is confirmed, and survives another window’s change', () => {
    const s = useWorkshop.getState();
    s.load(snapshot);
    const moveB: Diff = { added: [], removed: [], updated: [[item('b', 'a1'), item('b', 'Zy')]] };
    const g1 = s.applyOptimistic(move);
    const g2 = useWorkshop.getState().applyOptimistic(moveB);
    // Another window's change arrives first: both guesses stay on top of it.
    const rename: Diff = { added: [], removed: [], updated: [[item('a', 'a0'), { ...item('a', 'a0'), title: 'Renamed' }]] };
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'w', version: 1, diff: rename, cause: 'agenda.update', undo });
    expect(useWorkshop.getState().records.agendaItem.get('b')!.order).toBe('Zy');
    // Our first commit (computed by the service on the renamed record) confirms guess 1.
    const committed: Diff = { added: [], removed: [], updated: [[{ ...item('a', 'a0'), title: 'Renamed' }, { ...item('a', 'a2'), title: 'Renamed' }]] };
    useWorkshop.getState().applyCommit({ version: 2, diff: committed, undo }, g1);
    expect(useWorkshop.getState().records.agendaItem.get('a')).toMatchObject({ title: 'Renamed', order: 'a2' });
    expect(useWorkshop.getState().records.agendaItem.get('b')!.order).toBe('Zy');
    expect(useWorkshop.getState().pending.map((g) => g.id)).toEqual([g2]);
  });

  it('shows a change committed while the snapshot was on its way, once the snapshot arrives', () => {
    const s = useWorkshop.getState();
    s.clear();
    const rename = (title: string): Diff => ({ added: [], removed: [], updated: [[item('a', 'a0'), { ...item('a', 'a0'), title }]] });
    s.expectSnapshot('w');
    // Version 1 is already in the snapshot (read after it); version 2 came after the read.
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'w', version: 1, diff: rename('In snapshot'), cause: 'agenda.update', undo });
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'w', version: 2, diff: rename('After the read'), cause: 'agenda.update', undo });
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'other', version: 3, diff: rename('Elsewhere'), cause: 'agenda.update', undo });
    useWorkshop.getState().load({ ...snapshot, version: 1, records: [{ ...item('a', 'a0'), title: 'In snapshot' }, item('b', 'a1')] });
    expect(useWorkshop.getState().version).toBe(2);
    expect(useWorkshop.getState().stale).toBe(false);
    expect(useWorkshop.getState().records.agendaItem.get('a')!.title).toBe('After the read');
    // Once loaded, events apply directly again.
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'w', version: 3, diff: rename('Live'), cause: 'agenda.update', undo });
    expect(useWorkshop.getState().records.agendaItem.get('a')!.title).toBe('Live');
  });

  it('keeps holding events until the last of two snapshots asked for has come, and forgets them on a failed request', () => {
    const s = useWorkshop.getState();
    s.clear();
    const title = (t: string): Diff => ({ added: [], removed: [], updated: [[item('a', 'a0'), { ...item('a', 'a0'), title: t }]] });
    s.expectSnapshot('w');
    s.expectSnapshot('w');
    useWorkshop.getState().load({ ...snapshot, version: 0 });
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'w', version: 1, diff: title('Between'), cause: 'agenda.update', undo });
    // The second, older-read snapshot replaces the screen; the held event is applied over it.
    useWorkshop.getState().load({ ...snapshot, version: 0 });
    expect(useWorkshop.getState().records.agendaItem.get('a')!.title).toBe('Between');
    s.expectSnapshot('w');
    useWorkshop.getState().abandonSnapshot('w');
    useWorkshop.getState().applyEvent({ kind: 'change', workshopId: 'w', version: 2, diff: title('After failure'), cause: 'agenda.update', undo });
    expect(useWorkshop.getState().records.agendaItem.get('a')!.title).toBe('After failure');
  });
});
