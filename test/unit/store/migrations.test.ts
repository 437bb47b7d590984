import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { LIBRARY_FILE, openLibrary } from '../../../electron/store/database';
import { checkMigrationList, migrate } from '../../../electron/store/migrate';
import { LATEST_SCHEMA_VERSION, type Migration } from '../../../electron/store/migrations';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('opening the library', () => {
  it('creates a migrated database with durable pragmas', () => {
    const { db, created } = openLibrary(temp.dir);
    expect(created).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a library from a newer version with a clear message and leaves it byte for byte', () => {
    const file = path.join(temp.dir, LIBRARY_FILE);
    const future = new BetterSqlite3(file);
    future.exec('CREATE TABLE workshops (id TEXT)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    future.close();
    const before = sha(file);
    let error: unknown;
    try {
      openLibrary(temp.dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('future_schema');
    expect((error as AppError).message).toMatch(/newer version of Salesmap/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('reports a damaged file as corrupt and does not change it', () => {
    const file = path.join(temp.dir, LIBRARY_FILE);
    fs.writeFileSync(file, Buffer.from('SQLite format 3\0' + 'garbage'.repeat(500)));
    const before = sha(file);
    expect(() => openLibrary(temp.dir)).toThrow(expect.objectContaining({ code: 'corrupt_database' }));
    expect(sha(file)).toBe(before);
  });
});

describe('migrations', () => {
  const ok = (version: number, sql: string): Migration => ({ version, name: `m${version}`, up: (db) => db.exec(sql) });

  it('apply every pending step in one transaction: a failing step leaves the database as it was', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'm.db'));
    migrate(db, [ok(1, 'CREATE TABLE a (x)')], 'm.db');
    const failing = [ok(1, 'CREATE TABLE a (x)'), ok(2, 'CREATE TABLE b (y)'), ok(3, 'THIS IS NOT SQL')];
    expect(() => migrate(db, failing, 'm.db')).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    migrate(db, [ok(1, 'CREATE TABLE a (x)'), ok(2, 'CREATE TABLE b (y)')], 'm.db');
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('must be numbered 1..n without gaps', () => {
    expect(() => checkMigrationList([ok(1, ''), ok(3, '')])).toThrow(/expected 2/);
  });
});

describe('one program per library', () => {
  it('a second program on the same library is refused, and gets in once the first closes', () => {
    const first = openLibrary(temp.dir);
    let error: unknown;
    try {
      openLibrary(temp.dir);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'library_in_use' });
    first.db.close();
    const again = openLibrary(temp.dir);
    expect(again.created).toBe(false);
    again.db.close();
  });
});
