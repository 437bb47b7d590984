import path from 'node:path';
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { LIBRARY_FILE } from '../../../electron/store/database';
import { startTestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

describe('one change, one transaction', () => {
  it('a refused command leaves every table as it was', async () => {
    const temp = makeTempDir();
    const t = await startTestService(temp.dir);
    const w = await t.ok('createWorkshop', { name: 'W', client: '', language: 'en', templateId: 'sales-transformation' });
    await t.ok('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { title: 'x' } } });
    // The service holds the library exclusively: look at the file between runs of the service.
    const dump = () => {
      t.service.close();
      const db = new BetterSqlite3(path.join(temp.dir, LIBRARY_FILE), { readonly: true });
      const rows = ['workshops', 'records', 'history'].map((tb) => db.prepare(`SELECT * FROM ${tb} ORDER BY 1, 2`).all());
      db.close();
      return JSON.stringify(rows);
    };
    const before = dump();
    await t.restart();
    const bad = [
      { type: 'agenda.add', values: { duration: 'long' } },
      { type: 'agenda.move', id: 'agenda-1' },
      { type: 'segment.delete', ids: ['seg-key', 'no-such-segment'] }, // first half valid: must not half-write
      { type: 'account.import', accounts: [{ name: 'ok' }, { name: '' }] },
      { type: 'unknown.thing' },
      null,
    ];
    for (const command of bad) expect((await t.fail('dispatch', { workshopId: w.id, command })).code).toMatch(/invalid|unknown|not_found/);
    expect((await t.fail('dispatch', { workshopId: w.id })).code).toBe('bad_request');
    expect(dump()).toBe(before);
    t.close();
  });
});
