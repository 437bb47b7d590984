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
