import BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkChain, runChain } from '../../../shared/migrationChain';
import { WORKSHOP_FILE_VERSION } from '../../../shared/export/workshopFile';
import { CURRENT_CHAIN, readWorkshopFile, type WorkshopFileChain } from '../../../shared/export/workshopFileRead';
import type { FormatMigration } from '../../../shared/export/workshopFileMigrations';
import { RECORDS_SCHEMA_VERSION, recordStep, type LooseRecord, type RecordMigration } from '../../../shared/records/migrations';
import type { AnyRecord } from '../../../shared/records';
import { migrate } from '../../../electron/store/migrate';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { recordsMigration } from '../../../electron/store/migrations/recordsMigration';
import { withTemplateWorkshop } from '../../helpers/service';
import { byId, fillWorkshop } from '../../helpers/filledWorkshop';

/**
 * No workshop file older than format 1.1 exists (1.1 is the first that shipped), so the
 * migration machinery is proven with a TEST-LOCAL past: this file pretends the shapes that ship
 * today are version 2 of both chains, and that version 1 looked like this —
 * - the envelope said `meta: {title, client, language, template, created}`, `savedBy`, `savedAt`;
 * - a plan's assumption of a motion's cost was `yearlyCostYuan` (yuan, not ¥ M), and a coverage entry had no
 *   `scenarioId` (one plan per workshop; the step puts it in the active plan: a step that needs
 *   other records, as issue 11's move of coverage assumptions into plans will).
 * The same records step runs in a library database migration and in a file import.
 */
type Json = Record<string, unknown>;

const envelopeStep: FormatMigration = {
  version: 2,
  name: 'meta became workshop (test-local)',
  up: ({ meta, savedBy, savedAt, ...rest }) => {
    const m = meta as Json;
    return { ...rest, appVersion: savedBy, exportedAt: savedAt, workshop: { name: m.title, client: m.client, language: m.language, templateId: m.template, createdAt: m.created } };
  },
};

const recordsStep: RecordMigration = {
  version: 2,
  name: 'motion cost in ¥ M; coverage in the active plan (test-local)',
  up: (records) => {
    const settings = records.find((r) => r.type === 'settings');
    const plan = settings?.activeScenarioId;
    if (typeof plan !== 'string') throw new Error('no active plan to put the coverage in');
    return records.map((r) => {
      if (r.type === 'assumption') {
        const { yearlyCostYuan, ...rest } = r;
        return { ...rest, costPerPerson: (yearlyCostYuan as number) / 1e6 };
      }
      if (r.type === 'coverage') return { ...r, scenarioId: plan };
      return r;
    });
  },
};

const TEST_CHAIN: WorkshopFileChain = { formats: [envelopeStep], records: [recordsStep] };

/** A current file in test-local version 1.1: the inverse of the two steps above. */
function asVersion1(current: Json & { records: LooseRecord[]; workshop: Json }): Json {
  const { workshop: w, appVersion, exportedAt, records, ...rest } = current;
  return {
    ...rest,
    formatVersion: 1,
    schemaVersion: 1,
    savedBy: appVersion,
    savedAt: exportedAt,
    meta: { title: w.name, client: w.client, language: w.language, template: w.templateId, created: w.createdAt },
    records: records.map((r) => {
      if (r.type === 'assumption') {
        const { costPerPerson, ...old } = r;
        return { ...old, yearlyCostYuan: Math.round((costPerPerson as number) * 1e6) };
      }
      if (r.type === 'coverage') {
        const { scenarioId: _plan, ...old } = r;
        return old;
      }
      return r;
    }),
  };
}

const ctx = withTemplateWorkshop();
let current: Json & { records: LooseRecord[]; workshop: Json };
let records: AnyRecord[];

beforeEach(async () => {
  await fillWorkshop((m, a) => ctx.t.ok(m, a), ctx.workshopId, 20);
  // One plan only, as the test-local version 1 could hold.
  await ctx.t.ok('dispatch', { workshopId: ctx.workshopId, command: { type: 'scenario.delete', id: 'scenario-b' } });
  const file = await ctx.t.ok('exportWorkshopFile', { workshopId: ctx.workshopId });
  current = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')) as typeof current;
  records = byId((await ctx.t.ok('openWorkshop', { workshopId: ctx.workshopId })).records);
});

/** The real current file, labelled as what it is in the test-local chain: version 2.2. */
const asVersion2 = (over: Json = {}) => JSON.stringify({ ...current, formatVersion: 2, schemaVersion: 2, ...over });

describe('workshop file migrations (test-local chain)', () => {
  it('a version 1.1 file is migrated, envelope then records, into the same workshop', () => {
    const old = asVersion1(current);
    expect(JSON.stringify(old)).toContain('yearlyCostYuan');
    const opened = readWorkshopFile('旧版.salesmap', JSON.stringify(old), TEST_CHAIN);
    expect(opened.migratedFrom).toBe('1.1');
    expect(opened.workshop).toEqual(current.workshop);
    expect(byId(opened.records)).toEqual(records);
    expect(opened.records.some((r) => r.type === 'coverage')).toBe(true);
  });

  it('a file with the new envelope but old records runs only the records step', () => {
    const old = asVersion1(current);
    const half = { ...current, formatVersion: 2, schemaVersion: 1, records: old.records };
    const opened = readWorkshopFile('半新.salesmap', JSON.stringify(half), TEST_CHAIN);
    expect(opened.migratedFrom).toBe('2.1');
    expect(byId(opened.records)).toEqual(records);
  });

  it('a current file is read as it is; a newer one is refused', () => {
    expect(readWorkshopFile('当前.salesmap', asVersion2(), TEST_CHAIN).migratedFrom).toBeNull();
    expect(() => readWorkshopFile('新.salesmap', asVersion2({ formatVersion: 3 }), TEST_CHAIN)).toThrow(expect.objectContaining({ code: 'future_workshop_file', params: expect.objectContaining({ version: '3.2', latest: '2.2' }) }));
    expect(() => readWorkshopFile('新.salesmap', asVersion2({ schemaVersion: 3 }), TEST_CHAIN)).toThrow(expect.objectContaining({ code: 'future_workshop_file', params: expect.objectContaining({ version: '2.3' }) }));
  });

  it('an old file the steps cannot migrate is damaged, and migrated records are checked like any others', () => {
    const old = asVersion1(current) as Json & { records: LooseRecord[] };
    const noPlan = { ...old, records: old.records.map((r) => (r.type === 'settings' ? { ...r, activeScenarioId: null } : r)) };
    expect(() => readWorkshopFile('旧.salesmap', JSON.stringify(noPlan), TEST_CHAIN)).toThrow(expect.objectContaining({ code: 'damaged_workshop_file', params: expect.objectContaining({ reasonKey: 'migration', version: '1.1' }) }));
    const badCost = { ...old, records: old.records.map((r) => (r.type === 'assumption' ? { ...r, yearlyCostYuan: 'lots' } : r)) };
    expect(() => readWorkshopFile('旧.salesmap', JSON.stringify(badCost), TEST_CHAIN)).toThrow(expect.objectContaining({ params: expect.objectContaining({ reasonKey: 'record', recordType: 'assumption', field: 'costPerPerson' }) }));
  });

  it('the library database runs the same records step (as a database migration) and gets the same records', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS, ':memory:');
    const old = asVersion1(current) as Json & { records: LooseRecord[] };
    db.prepare("INSERT INTO workshops (id, name, language, created_at, updated_at) VALUES ('w1', 'W', 'zh-CN', 'x', 'x'), ('w2', 'Other', 'en', 'x', 'x')").run();
    const insert = db.prepare('INSERT INTO records (workshop_id, id, type, data) VALUES (?, ?, ?, ?)');
    for (const r of old.records) {
      insert.run('w1', r.id, r.type, JSON.stringify(r));
      insert.run('w2', r.id, r.type, JSON.stringify(r));
    }
    db.prepare("INSERT INTO history (workshop_id, seq, command_type, diff, created_at) VALUES ('w1', 1, 'motion.update', '{}', 'x')").run();

    const list = [...MIGRATIONS, recordsMigration(MIGRATIONS.length + 1, recordStep(2, TEST_CHAIN.records))];
    expect(migrate(db, list, ':memory:')).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length + 1 });
    const rows = (id: string) => byId(db.prepare<[string], string>('SELECT data FROM records WHERE workshop_id = ?').pluck().all(id).map((d) => JSON.parse(d) as AnyRecord));
    const fromFile = byId(readWorkshopFile('旧版.salesmap', JSON.stringify(old), TEST_CHAIN).records);
    expect(rows('w1')).toEqual(fromFile);
    expect(rows('w2')).toEqual(fromFile);
    expect(rows('w1')).toEqual(records);
    expect(db.prepare('SELECT COUNT(*) FROM history').pluck().get()).toBe(0);
    db.close();
  });

  it('a records step that fails in the database rolls the whole migration back', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS, ':memory:');
    db.prepare("INSERT INTO workshops (id, name, language, created_at, updated_at) VALUES ('w1', 'W', 'zh-CN', 'x', 'x')").run();
    db.prepare("INSERT INTO records (workshop_id, id, type, data) VALUES ('w1', 'settings', 'settings', '{\"id\":\"settings\",\"type\":\"settings\",\"activeScenarioId\":null}')").run();
    const list = [...MIGRATIONS, recordsMigration(MIGRATIONS.length + 1, recordsStep)];
    expect(() => migrate(db, list, ':memory:')).toThrow(/no active plan/);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT COUNT(*) FROM records').pluck().get()).toBe(1);
    db.close();
  });
});

describe('the shipped chains', () => {
  it('are at format 1 and records version 3 (issue 11 moved coverage assumptions into plans; issues 11/12 gave roles their kind)', () => {
    expect(WORKSHOP_FILE_VERSION).toBe(1);
    expect(RECORDS_SCHEMA_VERSION).toBe(3);
    expect(CURRENT_CHAIN.formats).toEqual([]);
    expect(CURRENT_CHAIN.records.map((s) => s.version)).toEqual([2, 3]);
  });

  it('refuse a gap in the numbering and a version they do not know', () => {
    const step = (version: number) => ({ version, name: `v${version}`, up: (x: unknown) => x });
    expect(() => checkChain([step(2), step(4)], 'test')).toThrow(/expected 3/);
    expect(() => runChain({}, 0, [step(2)], 'test')).toThrow(/version 0/);
    expect(() => recordStep(RECORDS_SCHEMA_VERSION + 1)).toThrow(/No records migration/);
    expect(runChain(['a'], 1, [{ version: 2, name: 'add', up: (x: string[]) => [...x, 'b'] }], 'test')).toEqual(['a', 'b']);
  });
});
