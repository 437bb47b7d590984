import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDir, KEEP_BACKUPS, listBackups } from '../../../electron/store/backups';
import { LIBRARY_FILE } from '../../../electron/store/database';
import { startTestService, type TestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Issue 13: a client's library must never be lost or hidden by a backup, a restore, a second
 * program or a damaged file. Each test is one of the numbered defects.
 */
let temp: ReturnType<typeof makeTempDir>;
const open: TestService[] = [];
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  while (open.length) open.pop()!.service.close();
  temp.cleanup();
});

const live = () => path.join(temp.dir, LIBRARY_FILE);
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const pause = (ms = 5) => new Promise((r) => setTimeout(r, ms));

async function start(): Promise<TestService> {
  const t = await startTestService(temp.dir);
  open.push(t);
  return t;
}

/** A library with one workshop and `backups` start-up backups of it. */
async function libraryWithBackups(backups = 1): Promise<{ t: TestService; workshopId: string }> {
  const t = await start();
  const w = await t.ok('createWorkshop', { name: '海格物流', client: '海格', language: 'zh-CN', templateId: 'sales-transformation' });
  for (let i = 0; i < backups; i++) {
    await pause();
    await t.restart();
  }
  return { t, workshopId: w.id };
}

describe('1. restore accepts only a backup the list offers', () => {
  it.each(['..', '.', '', 'salesmap.db', '../salesmap.db', 'backups', './salesmap-x.db'])('refuses %j and leaves the library in place', async (name) => {
    const { t, workshopId } = await libraryWithBackups();
    const error = await t.fail('restoreBackup', { file: name });
    expect(['not_found', 'bad_request']).toContain(error.code);
    expect((await t.ok('listWorkshops')).map((w) => w.id)).toEqual([workshopId]);
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith(LIBRARY_FILE + '.'))).toEqual([]);
  });
});

describe('2. a second program refused the library cannot take it over', () => {
  it('refuses restore while another program holds the library; the holder keeps every write', async () => {
    const { t: a, workshopId } = await libraryWithBackups();
    const b = await start();
    expect((await b.fail('listWorkshops')).code).toBe('library_in_use');
    const [latest] = await b.ok('listBackups');
    expect(latest).toBeDefined();
    expect((await b.fail('restoreBackup', { file: latest!.file })).code).toBe('library_in_use');

    for (let i = 1; i <= 5; i++) {
      await a.ok('dispatch', { workshopId, command: { type: 'agenda.add', values: { title: `写入 ${i}` } } });
    }
    b.service.close();
    await a.restart();
    const titles = (await a.ok('openWorkshop', { workshopId })).records.flatMap((r) => (r.type === 'agendaItem' ? [r.title] : []));
    expect(titles).toEqual(expect.arrayContaining(['写入 1', '写入 2', '写入 3', '写入 4', '写入 5']));
  });
});

describe('3. a backup is complete or absent', () => {
  it('never lists an empty, cut-off or unfinished backup, and such files do not push good ones out', async () => {
    const { t } = await libraryWithBackups(2);
    const good = listBackups(temp.dir).map((b) => b.file);
    expect(good).toHaveLength(2);
    const dir = backupDir(temp.dir);
    // What a kill during the start-up backup used to leave: files under backups' names, newer than any.
    const newer = (i: number) => `salesmap-2999-01-0${i}T00-00-00-000Z.db`;
    for (let i = 1; i <= KEEP_BACKUPS; i++) fs.writeFileSync(path.join(dir, newer(i)), '');
    const full = fs.readFileSync(path.join(dir, good[0]!));
    fs.writeFileSync(path.join(dir, 'salesmap-2999-02-01T00-00-00-000Z.db'), full.subarray(0, Math.floor(full.length / 2)));
    fs.writeFileSync(path.join(dir, 'salesmap-2999-03-01T00-00-00-000Z.db'), crypto.randomBytes(full.length));

    expect((await t.ok('listBackups')).map((b) => b.file)).toEqual(good);
    await t.restart();
    const after = (await t.ok('listBackups')).map((b) => b.file);
    expect(after).toHaveLength(3);
    expect(after).toEqual(expect.arrayContaining(good));
    for (const file of after) expect(fs.statSync(path.join(dir, file)).size).toBeGreaterThan(0);
  });

  it('refuses to restore a listed backup that turns out damaged, and changes nothing', async () => {
    const { t, workshopId } = await libraryWithBackups(1);
    const [latest] = await t.ok('listBackups');
    const file = path.join(backupDir(temp.dir), latest!.file);
    // Same size, same header, damaged pages: passes a glance, fails SQLite's integrity check.
    const bytes = fs.readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = 0xa5;
    fs.writeFileSync(file, bytes);
    const error = await t.fail('restoreBackup', { file: latest!.file });
    expect(error.code).toBe('bad_backup');
    expect((await t.ok('listWorkshops')).map((w) => w.id)).toEqual([workshopId]);
  });
});

describe('restoring a backup from an earlier version', () => {
  it('upgrades it on the way in, with its workshops', async () => {
    const { t } = await libraryWithBackups(1);
    const name = 'salesmap-2025-01-01T00-00-00-000Z.db';
    fs.copyFileSync(path.join(__dirname, '../../fixtures/libraries/schema-1.db'), path.join(backupDir(temp.dir), name));
    expect((await t.ok('listBackups')).map((b) => b.file)).toContain(name);
    await t.ok('restoreBackup', { file: name });
    expect((await t.ok('listWorkshops')).map((w) => w.name).sort()).toEqual(['Acme Logistics', '海格物流 · 销售转型研讨会']);
    // Its records came through the records migration of schema 3 (plans own their assumptions).
    const opened = await t.ok('openWorkshop', { workshopId: 'w-zh' });
    expect(opened.records.some((r) => r.type === 'assumption')).toBe(true);
    expect(opened.records.find((r) => r.type === 'agendaItem' && r.id === 'tea')).toBeDefined();
  });
});

describe('4. a failed restore changes nothing', () => {
  it('takes no backup, prunes nothing, and keeps the library locked', async () => {
    const { t, workshopId } = await libraryWithBackups(KEEP_BACKUPS);
    const before = listBackups(temp.dir).map((b) => b.file);
    expect(before).toHaveLength(KEEP_BACKUPS);
    for (const name of ['..', '.', 'nope.db', 'salesmap-2000-01-01T00-00-00-000Z.db', 'x'.repeat(300)]) {
      await pause();
      await t.fail('restoreBackup', { file: name });
    }
    expect(listBackups(temp.dir).map((b) => b.file)).toEqual(before);
    const events = t.events.length;
    const other = await start();
    expect((await other.fail('listWorkshops')).code).toBe('library_in_use');
    await t.ok('dispatch', { workshopId, command: { type: 'agenda.add', values: { title: 'still mine' } } });
    expect(t.events.length).toBe(events + 1);
  });

  it('a successful restore keeps the current library beside it and takes no extra backup', async () => {
    const { t, workshopId } = await libraryWithBackups(2);
    await t.ok('dispatch', { workshopId, command: { type: 'agenda.add', values: { title: 'after the backups' } } });
    const before = listBackups(temp.dir).map((b) => b.file);
    const restored = await t.ok('restoreBackup', { file: before[1]! });
    expect(listBackups(temp.dir).map((b) => b.file)).toEqual(before);
    const titles = (await t.ok('openWorkshop', { workshopId })).records.flatMap((r) => (r.type === 'agendaItem' ? [r.title] : []));
    expect(titles).not.toContain('after the backups');
    // The replaced library is a complete library of its own, with the change in it.
    expect(restored.setAside).toBeTruthy();
    const aside = await startTestService(makeTempDir().dir);
    aside.service.close();
    fs.copyFileSync(restored.setAside!, path.join(aside.dir, LIBRARY_FILE));
    await aside.restart();
    const asideTitles = (await aside.ok('openWorkshop', { workshopId })).records.flatMap((r) => (r.type === 'agendaItem' ? [r.title] : []));
    expect(asideTitles).toContain('after the backups');
    aside.close();
    // And this program still holds the library.
    expect((await (await start()).fail('listWorkshops')).code).toBe('library_in_use');
  });
});

describe('5. an empty or cut-off library with backups beside it is damaged, not new', () => {
  it('reports a 0-byte library, offers the backups, and keeps them however often it starts', async () => {
    const { t, workshopId } = await libraryWithBackups(2);
    const backups = listBackups(temp.dir).map((b) => b.file);
    t.service.close();
    fs.writeFileSync(live(), '');
    for (const ext of ['-wal', '-shm']) fs.rmSync(live() + ext, { force: true });
    for (let i = 0; i < KEEP_BACKUPS + 1; i++) {
      await pause();
      await t.restart();
      expect((await t.ok('appInfo')).libraryError).toMatchObject({ code: 'corrupt_database' });
    }
    expect(fs.statSync(live()).size).toBe(0);
    expect((await t.ok('listBackups')).map((b) => b.file)).toEqual(backups);
    await t.ok('restoreBackup', { file: backups[0]! });
    expect((await t.ok('listWorkshops')).map((w) => w.id)).toEqual([workshopId]);
  });

  it('reports a cut-off library as damaged and leaves it byte for byte', async () => {
    const { t } = await libraryWithBackups(1);
    t.service.close();
    const bytes = fs.readFileSync(live());
    fs.writeFileSync(live(), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = sha(live());
    await t.restart();
    expect((await t.ok('appInfo')).libraryError).toMatchObject({ code: 'corrupt_database' });
    expect(sha(live())).toBe(before);
  });

  it('a 0-byte library with no backup is a new library (nothing to lose)', async () => {
    fs.writeFileSync(live(), '');
    const t = await start();
    expect((await t.ok('appInfo')).libraryError).toBeNull();
    expect(await t.ok('listWorkshops')).toEqual([]);
  });
});
