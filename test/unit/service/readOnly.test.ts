import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/apiMethods';
import { READ_ONLY_METHODS, isReadOnlyMethod } from '../../../shared/readOnlyMethods';
import { readOnlyService } from '../../../electron/service/readOnly';
import type { ChangeEvent } from '../../../shared/events';
import { dumpLibrary } from '../../helpers/libraryDump';
import { withTemplateWorkshop } from '../../helpers/service';

/** Arguments that a handler would accept: the refusal must come from the list, not from a bad argument. */
function plausibleArgs(workshopId: string): Record<string, unknown> {
  return {
    workshopId,
    name: '另一个',
    client: '',
    language: 'zh-CN',
    templateId: 'sales-transformation',
    command: { type: 'segment.add', name: '新分群' },
    file: 'x.db',
    fileName: 'a.csv',
    dataBase64: '',
    jobId: 'j1',
    table: 'accounts',
    presence: { board: 'routes', step: null, highlight: null, blank: true, presenting: true },
  };
}

describe('the read-only method list', () => {
  const ctx = withTemplateWorkshop();

  it('names only API methods, each once, and no method that writes', () => {
    for (const m of READ_ONLY_METHODS) expect(API_METHODS).toContain(m);
    expect(new Set(READ_ONLY_METHODS).size).toBe(READ_ONLY_METHODS.length);
    for (const writer of ['dispatch', 'undo', 'redo', 'createWorkshop', 'deleteWorkshop', 'renameWorkshop', 'restoreBackup', 'setPresence', 'startSharing', 'stopSharing', 'importWorkshopFile']) {
      expect(isReadOnlyMethod(writer)).toBe(false);
    }
    // Nor anything that reveals the library or the laptop beyond the shared workshop.
    for (const private_ of ['listWorkshops', 'appInfo', 'listBackups', 'viewerAccess', 'sharingStatus']) expect(isReadOnlyMethod(private_)).toBe(false);
  });

  it('every listed method, called by a viewer, leaves the library exactly as it was and announces no change', async () => {
    const { t, workshopId } = ctx;
    await t.ok('setPresence', { workshopId, presence: { board: 'coverage', step: null, highlight: null, blank: false, presenting: true } });
    const before = await dumpLibrary(t);
    const viewer = readOnlyService(t.service);
    const seen: ChangeEvent[] = [];
    const stop = t.service.subscribe((e) => seen.push(e));
    for (const m of READ_ONLY_METHODS) {
      const r = await viewer.call(m, { workshopId });
      expect(r.ok, `${m}: ${JSON.stringify(r)}`).toBe(true);
    }
    stop();
    expect(seen).toEqual([]);
    expect(await dumpLibrary(t)).toEqual(before);
  });

  it('refuses every other method before it runs: nothing changes', async () => {
    const { t, workshopId } = ctx;
    const before = await dumpLibrary(t);
    const viewer = readOnlyService(t.service);
    for (const m of API_METHODS.filter((x) => !isReadOnlyMethod(x))) {
      const r = await viewer.call(m, plausibleArgs(workshopId));
      expect(r.ok, m).toBe(false);
      if (!r.ok) expect(r.error.code, m).toBe('read_only');
    }
    expect(await dumpLibrary(t)).toEqual(before);
    expect((await t.ok('getPresence', { workshopId })).blank).toBe(false);
  });

  it('scoped to one workshop: another workshop is refused, and only that workshop’s events arrive', async () => {
    const { t, workshopId } = ctx;
    const other = await t.ok('createWorkshop', { name: '别的客户', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
    const viewer = readOnlyService(t.service, { workshopId });
    const r = await viewer.call('openWorkshop', { workshopId: other.id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('forbidden');
    expect((await viewer.call('openWorkshop', { workshopId })).ok).toBe(true);

    const seen: ChangeEvent[] = [];
    const stop = viewer.subscribe((e) => seen.push(e));
    await t.ok('dispatch', { workshopId: other.id, command: { type: 'segment.add', name: '不可见' } });
    await t.ok('renameWorkshop', { workshopId: other.id, name: '改名' });
    await t.ok('dispatch', { workshopId, command: { type: 'segment.add', name: '可见' } });
    await t.ok('setPresence', { workshopId, presence: { board: 'segments', step: null, highlight: null, blank: false, presenting: true } });
    stop();
    expect(seen.map((e) => e.kind)).toEqual(['change', 'presence']);
    expect(seen.every((e) => 'workshopId' in e && e.workshopId === workshopId)).toBe(true);
  });
});

describe('the room’s voting-only permission', () => {
  const ctx = withTemplateWorkshop();
  const SECRET = 'phone-secret-0123456789abcdef';

  async function openVote(t: typeof ctx.t, workshopId: string) {
    const snapshot = await t.ok('openWorkshop', { workshopId });
    const segments = snapshot.records.filter((r) => r.type === 'segment').map((r) => r.id);
    await t.ok('dispatch', {
      workshopId,
      command: { type: 'vote.open', id: 'v1', values: { question: '先攻哪个？', board: 'segments', itemType: 'segment', itemIds: segments, groups: ['第一组'], dotsPerGroup: 2, hideResults: true } },
    });
    return segments;
  }

  it('casts one anonymous ballot per device (again = replaced), under a hash of its secret, off the facilitator’s undo stack', async () => {
    const { t, workshopId } = ctx;
    const [a, b] = await openVote(t, workshopId);
    const undoBefore = (await t.ok('openWorkshop', { workshopId })).undo;
    const phone = readOnlyService(t.service, { workshopId, voting: true });
    const cast = (itemIds: string[], ballot = SECRET) => phone.call('dispatch', { workshopId, command: { type: 'vote.ballot', id: 'v1', ballot, itemIds } });
    expect((await cast([a!, a!])).ok).toBe(true);
    expect((await cast([b!])).ok).toBe(true);
    expect((await cast([a!], 'another-phone-secret-987654')).ok).toBe(true);
    const after = await t.ok('openWorkshop', { workshopId });
    const ballots = after.records.filter((r) => r.type === 'ballot');
    expect(ballots.map((r) => (r as { itemIds: string[] }).itemIds).sort()).toEqual([[a], [b]]);
    // Nobody reading the records learns a device's secret (and so cannot cast over its ballot).
    expect(JSON.stringify(after.records)).not.toContain(SECRET);
    expect(after.undo).toEqual(undoBefore);
  });

  it('refuses every other write, more dots than allowed, a closed vote, and another workshop: nothing changes', async () => {
    const { t, workshopId } = ctx;
    const [a, b, c] = await openVote(t, workshopId);
    const before = await dumpLibrary(t);
    // After the dump: it reopens the service.
    const phone = readOnlyService(t.service, { workshopId, voting: true });
    for (const command of [
      { type: 'segment.add', name: '手机加的' },
      { type: 'vote.dot', id: 'v1', group: 0, itemId: a },
      { type: 'vote.close', id: 'v1' },
      { type: 'vote.ballot', id: 'v1', ballot: 'short', itemIds: [a] },
    ]) {
      const r = await phone.call('dispatch', { workshopId, command });
      expect(r.ok, command.type).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('read_only');
    }
    for (const m of ['undo', 'redo', 'setPresence', 'startSharing', 'deleteWorkshop']) expect((await phone.call(m, plausibleArgs(workshopId))).ok, m).toBe(false);
    const tooMany = await phone.call('dispatch', { workshopId, command: { type: 'vote.ballot', id: 'v1', ballot: SECRET, itemIds: [a, b, c] } });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.error, JSON.stringify(tooMany.error)).toMatchObject({ params: { reason: 'ballot_too_many' } });
    expect((await phone.call('dispatch', { workshopId: 'other', command: { type: 'vote.ballot', id: 'v1', ballot: SECRET, itemIds: [a] } })).ok).toBe(false);
    expect(await dumpLibrary(t)).toEqual(before);
    await t.ok('dispatch', { workshopId, command: { type: 'vote.close', id: 'v1' } });
    const closed = await readOnlyService(t.service, { workshopId, voting: true }).call('dispatch', { workshopId, command: { type: 'vote.ballot', id: 'v1', ballot: SECRET, itemIds: [a] } });
    expect(closed.ok).toBe(false);
    if (!closed.ok) expect(closed.error.params).toMatchObject({ reason: 'vote_closed' });
    // Without the permission the share stays strictly read-only.
    const viewer = readOnlyService(t.service, { workshopId });
    const r = await viewer.call('dispatch', { workshopId, command: { type: 'vote.ballot', id: 'v1', ballot: SECRET, itemIds: [a] } });
    // (the vote is closed by now, but the refusal comes first: read_only, not vote_closed)
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('read_only');
  });
});
