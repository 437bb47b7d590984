import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_FILE } from '../../../electron/store';
import { migrateRecords, type LooseRecord } from '../../../shared/records/migrations';
import type { AnyRecord, Assumption } from '../../../shared/records';
import { fixtureFile } from '../../fixtures/libraries/write';
import { figuresOf } from '../coverage/fixtures';
import { startTestService, type TestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Migration 003 (records version 2, issue 11): the coverage assumptions move from motions into
 * plans. A library as schema 2 left it — the committed fixture, with a second plan and placements
 * written in schema 2's shapes — opens with every plan holding today's shared values as its own
 * copy, the same people as before where the method agrees, and plans that now differ on their own.
 */
const temp = makeTempDir();
afterEach(() => t?.close());
let t: TestService | undefined;

function schemaTwoWithPlans(): string {
  const dir = fs.mkdtempSync(path.join(temp.dir, 'lib-'));
  const file = path.join(dir, LIBRARY_FILE);
  fs.copyFileSync(fixtureFile(2), file);
  const db = new BetterSqlite3(file);
  const insert = db.prepare('INSERT INTO records (workshop_id, id, type, data) VALUES (?, ?, ?, ?)');
  const put = (r: Record<string, unknown>) => insert.run('id-1', r.id, r.type, JSON.stringify(r));
  put({ id: 'scenario-b', type: 'scenario', name: '方案 B', order: 'a1' });
  put({ id: 'cov-1', type: 'coverage', scenarioId: 'scenario-a', segmentId: 'seg-integrated', motionId: 'motion-dedicated', role: 'primary', share: 100 });
  put({ id: 'cov-2', type: 'coverage', scenarioId: 'scenario-b', segmentId: 'seg-integrated', motionId: 'motion-dedicated', role: 'primary', share: 100 });
  db.close();
  return dir;
}

describe('migration 3: plans own their coverage assumptions', () => {
  it('gives every plan a copy of each motion’s old assumptions and keeps the figures', async () => {
    t = await startTestService(schemaTwoWithPlans());
    const snap = await t.ok('openWorkshop', { workshopId: 'id-1' });
    const records = snap.records as AnyRecord[];
    const motion = records.find((r) => r.id === 'motion-dedicated')!;
    expect(motion).not.toHaveProperty('capacity');
    const copies = records.filter((r): r is Assumption => r.type === 'assumption' && r.motionId === 'motion-dedicated');
    expect(copies.map((a) => a.scenarioId).sort()).toEqual(['scenario-a', 'scenario-b']);
    for (const a of copies) {
      expect(a).toMatchObject({ capacity: 5, costPerPerson: 1.5, revenueThreshold: 700, staffing: 'perSegment', territory: null, quotas: { hunter: null, farmer: null, coach: null } });
    }
    // Transactional motions become pooled, as the method and the template say.
    expect(records.find((r) => r.id === 'assume:scenario-a:motion-phone')).toMatchObject({ staffing: 'pooled', capacity: 300 });
    expect(records.filter((r) => r.type === 'assumption')).toHaveLength(6 * 2);
    expect(records.find((r) => r.id === 'scenario-b')).toMatchObject({ quotaFloor: 100 });
    expect(records.filter((r) => r.type === 'route').every((r) => r.type === 'route' && r.motionIds.length === 0)).toBe(true);
    // The old undo steps held motions of the old shape: cleared, as recordsMigration says.
    expect(snap.undo.canUndo).toBe(false);

    // The plans are now independent: a capacity in plan B leaves plan A as it was.
    await t.ok('dispatch', { workshopId: 'id-1', command: { type: 'motion.update', id: 'motion-dedicated', scenarioId: 'scenario-b', patch: { capacity: 2 } } });
    const after = (await t.ok('openWorkshop', { workshopId: 'id-1' })).records as AnyRecord[];
    expect(figuresOf(after, 'scenario-a').motions.find((m) => m.motion.id === 'motion-dedicated')!.motion.capacity).toBe(5);
    expect(figuresOf(after, 'scenario-b').motions.find((m) => m.motion.id === 'motion-dedicated')!.motion.capacity).toBe(2);
  });

  it('is the same step a workshop file of records version 1 runs', () => {
    const v1: LooseRecord[] = [
      { id: 'p', type: 'scenario', name: 'A', order: 'a0' },
      { id: 'm', type: 'motion', name: '电话', drive: 'transaction', capacity: 300, costPerPerson: 0.25, roles: { hunter: 50, farmer: 50, coach: 0 }, peopleLimit: 4, revenueThreshold: null, notes: '', order: 'a0' },
    ];
    const v2 = migrateRecords(v1, 1);
    expect(v2.find((r) => r.type === 'motion')).toEqual({ id: 'm', type: 'motion', name: '电话', drive: 'transaction', notes: '', order: 'a0' });
    expect(v2.find((r) => r.type === 'assumption')).toMatchObject({ id: 'assume:p:m', scenarioId: 'p', capacity: 300, peopleLimit: 4, staffing: 'pooled' });
    // Pure and deterministic: the database and a file migrate alike.
    expect(migrateRecords(v1, 1)).toEqual(v2);
  });
});
