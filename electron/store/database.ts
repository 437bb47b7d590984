import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { refuseFutureSchema, migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export const LIBRARY_FILE = 'salesmap.db';

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 .node built for the running runtime. Electron passes its own build
   * (see README, "Native module"); Node (tests, browser host) uses the package's default.
   */
  nativeBinding?: string;
}

function sqlite(file: string, options: BetterSqlite3.Options & OpenOptions): Database {
  const { nativeBinding, ...rest } = options;
  return new BetterSqlite3(file, nativeBinding ? { ...rest, nativeBinding } : rest);
}

/**
 * Looks at an existing library without writing a byte: is it SQLite, intact, and of a schema
 * this version knows? Setting WAL later would rewrite the header, so this runs read-only first.
 */
function inspectExisting(file: string, options: OpenOptions): void {
  let db: Database | undefined;
  try {
    db = sqlite(file, { readonly: true, fileMustExist: true, timeout: LOCK_WAIT_MS, ...options });
    const version = schemaVersion(db);
    refuseFutureSchema(version, LATEST_SCHEMA_VERSION, file);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (isBusy(e)) throw inUse(file);
    throw new AppError(
      'corrupt_database',
      `The library ${file} is damaged and cannot be opened (${(e as Error).message}). It was not changed; you can restore a backup.`,
      { file },
    );
  } finally {
    db?.close();
  }
}

/** How long a second program waits for the library before saying it is in use. */
const LOCK_WAIT_MS = 500;

function isBusy(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

function inUse(file: string): AppError {
  return new AppError(
    'library_in_use',
    `The library ${file} is open in another Salesmap (the desktop app or npm run web). Close it there first: two programs writing one library would lose each other's changes.`,
    { file },
  );
}

/**
 * Opens (or creates) the library: checks it, sets durable pragmas, migrates.
 * synchronous=FULL in WAL mode: a change acknowledged to the user survives a kill -9 or power cut.
 * locking_mode=EXCLUSIVE: this process holds the file until it closes (the OS drops the lock if
 * it dies), so a second Salesmap on the same library is refused instead of silently diverging
 * from this one's cache.
 */
export function openLibrary(dataDir: string, options: OpenOptions = {}): { db: Database; file: string; created: boolean } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LIBRARY_FILE);
  const created = !fs.existsSync(file) || fs.statSync(file).size === 0;
  if (!created) inspectExisting(file, options);
  const db = sqlite(file, { timeout: LOCK_WAIT_MS, ...options });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Take the exclusive lock now, not at the first change in the middle of a workshop.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    migrate(db, MIGRATIONS, file);
  } catch (e) {
    db.close();
    if (isBusy(e)) throw inUse(file);
    throw e;
  }
  return { db, file, created };
}
