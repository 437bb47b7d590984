import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, LIBRARY_FILE } from '../../../electron/store';
import { fixtureFile, manifestFile, readManifest, writeMissingFixture, type FixtureManifest } from '../../fixtures/libraries/write';
import { migrateRecords, RECORDS_SCHEMA_VERSION, type LooseRecord } from '../../../shared/records/migrations';
import { startTestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Issue 13, migrations: a library from every schema version opens with its data in this version;
 * a library from a newer version, and files that are not a whole library, are refused and left
 * byte for byte.
 */
/**
 * What a fixture holds once this version opened it: the records brought through every records
 * migration the database ran since (shared/records/migrations.ts), the undo history cleared by a
 * records migration (recordsMigration), the rest as written.
 */
function upgraded(m: FixtureManifest): FixtureManifest {
  const recordsFrom = RECORDS_VERSION_AT_SCHEMA[m.version] ?? RECORDS_SCHEMA_VERSION;
  if (recordsFrom === RECORDS_SCHEMA_VERSION) return m;
  return {
    ...m,
    workshops: m.workshops.map((w) => ({
      ...w,
      records: migrateRecords(w.records as LooseRecord[], recordsFrom).sort((a, b) => (a.id < b.id ? -1 : 1)),
      canUndo: false,
      undoType: null,
    })),
  };
}
/** The records version a library of each schema holds (schema 3 brought records to version 2, schema 4 to 3). */
const RECORDS_VERSION_AT_SCHEMA: Record<number, number> = { 1: 1, 2: 1, 3: 2 };

const VERSIONS = Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1);
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  if (process.env.SALESMAP_WRITE_FIXTURES) for (const v of VERSIONS) await writeMissingFixture(v);
});

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());
const live = () => path.join(temp.dir, LIBRARY_FILE);

describe('fixture libraries', () => {
  it('exist for every schema version up to this one', () => {
    const missing = VERSIONS.filter((v) => !fs.existsSync(fixtureFile(v)) || !fs.existsSync(manifestFile(v)));
    expect(missing, 'write them: SALESMAP_WRITE_FIXTURES=1 npx vitest run test/unit/store/libraryFixtures.test.ts').toEqual([]);
  });

  it.each(VERSIONS)('schema %i opens, upgrades to the latest schema and keeps every workshop, record and undo step', async (version) => {
    const before = sha(fixtureFile(version));
    fs.copyFileSync(fixtureFile(version), live());
    const written = JSON.parse(fs.readFileSync(manifestFile(version), 'utf8')) as FixtureManifest;
    expect(written.workshops.length).toBeGreaterThanOrEqual(2);
    const expected = upgraded(written);

    expect(await readManifest(temp.dir, version)).toEqual(expected);
    const db = new BetterSqlite3(live(), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const t = await startTestService(temp.dir);
    const undoable = expected.workshops.find((w) => w.canUndo);
    if (!undoable) {
      // A records migration ran (issue 11's plan assumptions): the old diffs held old shapes, so
      // the history was cleared, and a new change is undoable again.
      const w = expected.workshops[0]!;
      await t.ok('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { title: '升级后的议程' } } });
      expect((await t.ok('undo', { workshopId: w.id })).undo.canRedo).toBe(true);
      t.service.close();
      expect(sha(fixtureFile(version))).toBe(before);
      return;
    }
    // Undo still works after the upgrade: the step the older version recorded is undone.
    const undone = await t.ok('undo', { workshopId: undoable.id });
    expect(undone.version).toBe(undoable.version + 1);
    expect(undone.undo.canRedo).toBe(true);
    await t.ok('redo', { workshopId: undoable.id });
    const titles = (await t.ok('openWorkshop', { workshopId: undoable.id })).records.flatMap((r) => (r.type === 'agendaItem' ? [r.title] : []));
    expect(titles).toContain('茶歇');
    t.service.close();
    expect(sha(fixtureFile(version))).toBe(before);
  });
});

describe('files that must be refused and left as they are', () => {
  async function refusedUnchanged(bytes: Buffer, code: string) {
    fs.writeFileSync(live(), bytes);
    const before = sha(live());
    const t = await startTestService(temp.dir);
    try {
      expect((await t.ok('appInfo')).libraryError?.code).toBe(code);
      expect((await t.fail('listWorkshops')).code).toBe(code);
    } finally {
      t.service.close();
    }
    expect(sha(live())).toBe(before);
    expect(fs.existsSync(`${live()}-wal`)).toBe(false);
  }

  it('a library from a newer version', async () => {
    const file = path.join(temp.dir, 'newer.db');
    fs.copyFileSync(fixtureFile(LATEST_SCHEMA_VERSION), file);
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    await refusedUnchanged(fs.readFileSync(file), 'future_schema');
  });

  it('a library cut off anywhere', async () => {
    const whole = fs.readFileSync(fixtureFile(LATEST_SCHEMA_VERSION));
    for (const at of [1, 100, 4096, Math.floor(whole.length / 2), whole.length - 4096, whole.length - 1]) {
      await refusedUnchanged(whole.subarray(0, at), 'corrupt_database');
    }
  });

  it('random bytes, with and without an SQLite header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 20_000 }), fc.boolean(), async (bytes, withHeader) => {
        const head = withHeader ? Buffer.from('SQLite format 3\0', 'latin1') : Buffer.alloc(0);
        await refusedUnchanged(Buffer.concat([head, Buffer.from(bytes)]), 'corrupt_database');
      }),
      { numRuns: 25 },
    );
  });

  it('a zero-length library with no backup beside it is a new, empty library', async () => {
    fs.writeFileSync(live(), '');
    const t = await startTestService(temp.dir);
    expect((await t.ok('appInfo')).libraryError).toBeNull();
    expect(await t.ok('listWorkshops')).toEqual([]);
    t.service.close();
  });
});
