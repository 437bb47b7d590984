import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { listBackups } from './backups';
import { headerProblem } from './checkFile';
import { libraryPath, sizeOf, sqlite, type OpenOptions } from './files';
import { isBusy, libraryInUse, LOCK_WAIT_MS } from './lock';
import { refuseFutureSchema, migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export { LIBRARY_FILE, type OpenOptions } from './files';

/** The page cache, in KiB (negative: SQLite's "kibibytes, not pages"); the bench's raw baselines use it too. */
export const CACHE_SIZE_KIB = -65536;

function damaged(file: string, reason: string, why: string): AppError {
  return new AppError(
    'corrupt_database',
    `The library ${file} ${why}. It was not changed; you can restore a backup.`,
    { file, reason },
  );
}

/**
 * Looks at an existing library without writing a byte: is it SQLite, intact, and of a schema
 * this version knows? Setting WAL later would rewrite the header, so this runs read-only first.
 */
function inspectExisting(file: string, options: OpenOptions): void {
  const header = sizeOf(file) > 0 ? headerProblem(file, { pageCount: sizeOf(`${file}-wal`) === 0 }) : null;
  if (header) throw damaged(file, header.reason, `is damaged and cannot be opened (${header.detail})`);
  let db: Database | undefined;
  try {
    db = sqlite(file, { readonly: true, fileMustExist: true, timeout: LOCK_WAIT_MS, ...options });
    const version = schemaVersion(db);
    refuseFutureSchema(version, LATEST_SCHEMA_VERSION, file);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (isBusy(e)) throw libraryInUse(file);
    throw damaged(file, 'damaged', `is damaged and cannot be opened (${(e as Error).message})`);
  } finally {
    db?.close();
  }
}

/**
 * A library that is not there, or is there with no bytes (a crash before its first page was
 * written), is a new library only if nothing was ever kept of it. With backups beside it, it is
 * a library that was lost: reported, so the user restores one, and never silently replaced by an
 * empty one whose own backups would soon push the good ones out.
 */
function isNewLibrary(dataDir: string, file: string, options: OpenOptions): boolean {
  const exists = fs.existsSync(file);
  if (exists && (sizeOf(file) > 0 || sizeOf(`${file}-wal`) > 0)) return false;
  if (listBackups(dataDir, options).length > 0) {
    throw exists ? damaged(file, 'empty', 'is empty (0 bytes)') : damaged(file, 'missing', 'is missing, but backups of it are here');
  }
  return true;
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
  const file = libraryPath(dataDir);
  const created = isNewLibrary(dataDir, file, options);
  if (!created) inspectExisting(file, options);
  const db = sqlite(file, { timeout: LOCK_WAIT_MS, ...options });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A 64 MB page cache (SQLite's default is 2 MB): a 50,000-account workshop's rows are ~25 MB,
    // and with the default an import or a snapshot evicts and re-reads pages of its own table
    // (an import of 50,000 rows measured 2.5× slower). Memory is only used as pages are read.
    db.pragma(`cache_size = ${CACHE_SIZE_KIB}`);
    // Take the exclusive lock now, not at the first change in the middle of a workshop.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    migrate(db, MIGRATIONS, file);
  } catch (e) {
    db.close();
    if (isBusy(e)) throw libraryInUse(file);
    throw e;
  }
  return { db, file, created };
}
