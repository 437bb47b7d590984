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
    db = sqlite(file, { readonly: true, fileMustExist: true, ...options });
    const version = schemaVersion(db);
    refuseFutureSchema(version, LATEST_SCHEMA_VERSION, file);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(
      'corrupt_database',
      `The library ${file} is damaged and cannot be opened (${(e as Error).message}). It was not changed; you can restore a backup.`,
      { file },
    );
  } finally {
    db?.close();
  }
}

/**
 * Opens (or creates) the library: checks it, sets durable pragmas, migrates.
 * synchronous=FULL in WAL mode: a change acknowledged to the user survives a kill -9 or power cut.
 */
export function openLibrary(dataDir: string, options: OpenOptions = {}): { db: Database; file: string; created: boolean } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LIBRARY_FILE);
  const created = !fs.existsSync(file) || fs.statSync(file).size === 0;
  if (!created) inspectExisting(file, options);
  const db = sqlite(file, options);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, MIGRATIONS, file);
  } catch (e) {
    db.close();
    throw e;
  }
  return { db, file, created };
}
