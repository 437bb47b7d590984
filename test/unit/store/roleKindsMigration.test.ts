import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_FILE } from '../../../electron/store';
import { roleNamesOf } from '../../../renderer/boards/coverage/roleText';
import { translator } from '../../../electron/export/translate';
import { migrateRecords, type LooseRecord } from '../../../shared/records/migrations';
import type { AnyRecord, SalesRole } from '../../../shared/records';
import { fixtureFile } from '../../fixtures/libraries/write';
import { startTestService, type TestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Migration 004 (records version 3, issues 11/12): the roles are defined once. A library as
 * schema 3 left it — the committed fixture, with role records of version 2's shape (no kind), as
 * the cadence board wrote them — opens with each role carrying the kind its name says, so the
 * coverage board's role mix is named by those records.
 */
const temp = makeTempDir();
afterEach(() => t?.close());
let t: TestService | undefined;

const V2_ROLES = [
  { id: 'role-hunter', type: 'role', name: '猎手', does: '开拓新客户', measured: '新签合同额', order: 'a0' },
  { id: 'r-farmer', type: 'role', name: '客户经理（农夫）', does: '维护客户', measured: '续约率', order: 'a1' },
  { id: 'r-coach', type: 'role', name: 'Coach', does: '', measured: '', order: 'a2' },
  { id: 'r-bid', type: 'role', name: '投标经理', does: '标书', measured: '', order: 'a3' },
  { id: 'r-hunter-2', type: 'role', name: '第二个猎手', does: '', measured: '', order: 'a4' },
];

function schemaThreeWithRoles(): string {
  const dir = fs.mkdtempSync(path.join(temp.dir, 'lib-'));
  const file = path.join(dir, LIBRARY_FILE);
  fs.copyFileSync(fixtureFile(3), file);
  const db = new BetterSqlite3(file);
  const insert = db.prepare('INSERT INTO records (workshop_id, id, type, data) VALUES (?, ?, ?, ?)');
  for (const r of V2_ROLES) insert.run('id-1', r.id, r.type, JSON.stringify(r));
  insert.run('id-1', 'opp-1', 'opportunity', JSON.stringify({ id: 'opp-1', type: 'opportunity', name: '华南仓配', accountId: null, value: 12, stageId: 'stage-identify', probability: 10, closeDate: '', owner: '王经理', roleId: 'r-farmer', nextAction: '', routeId: null, outcomes: {}, scores: {}, plan: { answers: {}, decisionMakers: [], competitors: [], nextSteps: '' }, order: 'a0' }));
  db.close();
  return dir;
}

describe('migration 4: role records carry the kind coverage counts', () => {
  it('gives each old role the kind its name says, one role per kind, and coverage names its mix by them', async () => {
    t = await startTestService(schemaThreeWithRoles());
    const snap = await t.ok('openWorkshop', { workshopId: 'id-1' });
    const records = snap.records as AnyRecord[];
    const roles = records.filter((r): r is SalesRole => r.type === 'role');
    expect(Object.fromEntries(roles.map((r) => [r.id, r.kind]))).toEqual({ 'role-hunter': 'hunter', 'r-farmer': 'farmer', 'r-coach': 'coach', 'r-bid': null, 'r-hunter-2': null });
    // The opportunity owner's role is the same record: nothing else moved.
    expect(records.find((r) => r.id === 'opp-1')).toMatchObject({ roleId: 'r-farmer' });
    // The coverage board's names for the mix are the room's role names now.
    const t9 = translator('zh-CN');
    expect(roleNamesOf(roles, (k, v) => t9(`coverage:${k}`, v))).toEqual({ hunter: '猎手', farmer: '客户经理（农夫）', coach: 'Coach' });
    expect(snap.undo.canUndo).toBe(false);

    // Giving the bid manager the hunter's kind moves it, in one undoable step.
    await t.ok('dispatch', { workshopId: 'id-1', command: { type: 'role.update', id: 'r-bid', patch: { kind: 'hunter' } } });
    const kinds = async () => Object.fromEntries(((await t!.ok('openWorkshop', { workshopId: 'id-1' })).records as AnyRecord[]).flatMap((r) => (r.type === 'role' ? [[r.id, r.kind]] : [])));
    expect(await kinds()).toMatchObject({ 'r-bid': 'hunter', 'role-hunter': null });
    await t.ok('undo', { workshopId: 'id-1' });
    expect(await kinds()).toMatchObject({ 'r-bid': null, 'role-hunter': 'hunter' });
  });

  it('is the same step a workshop file of records version 2 runs, and a workshop without roles keeps none', () => {
    const v3 = migrateRecords(V2_ROLES as LooseRecord[], 2);
    expect(v3.map((r) => r.kind)).toEqual(['hunter', 'farmer', 'coach', null, null]);
    expect(migrateRecords(V2_ROLES as LooseRecord[], 2)).toEqual(v3);
    const noRoles: LooseRecord[] = [{ id: 'p', type: 'scenario', name: 'A', order: 'a0', quotaFloor: 100 }];
    expect(migrateRecords(noRoles, 2)).toEqual(noRoles);
  });
});
