import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { listBackups } from './backups';
import { checkLibraryFile } from './checkFile';
import { backupDir, fsyncDir, fsyncFile, libraryPath, sqlite, stamp, type OpenOptions } from './files';
import { refuseIfHeldElsewhere } from './lock';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

/**
 * Putting a backup in the library's place. Everything that can fail (the name, the backup's
 * pages, its schema) is checked on a copy before the library is touched; the current library is
 * always kept beside it as a whole file; the switch itself is one SQLite transaction or one
 * atomic rename, so a kill at any moment leaves either the old library or the restored one.
 */
export interface RestoreResult {
  /** Where the library that was replaced now is (null when there was none). */
  setAside: string | null;
}

const STAGED = '.restoring-';

/** Only a name `listBackups` offers right now: never a path, never a file that would not open. */
function listedBackup(dataDir: string, name: string, options: OpenOptions): string {
  if (!listBackups(dataDir, options).some((b) => b.file === name)) {
    throw new AppError('not_found', `No backup named ${name}`, { file: name });
  }
  return path.join(backupDir(dataDir), name);
}

/**
 * A checked copy of the backup beside the library, migrated to this version's schema; the
 * backup itself is never written. Throws `bad_backup` (and leaves nothing behind) when its pages
 * or schema are not a whole library.
 */
function stageBackup(dataDir: string, source: string, name: string, now: Date, options: OpenOptions): string {
  for (const f of fs.readdirSync(dataDir)) if (f.startsWith(STAGED)) fs.rmSync(path.join(dataDir, f), { force: true });
  const staged = path.join(dataDir, `${STAGED}${stamp(now)}.db`);
  try {
    fs.copyFileSync(source, staged);
    const check = checkLibraryFile(staged, { ...options, thorough: true });
    if (!check.ok) {
      throw new AppError('bad_backup', `The backup ${name} is damaged or incomplete (${check.reason}: ${check.detail}); nothing was changed.`, {
        file: name,
        reason: check.reason,
      });
    }
    const db = sqlite(staged, options);
    try {
      migrate(db, MIGRATIONS, staged);
    } finally {
      db.close();
    }
    fsyncFile(staged);
    return staged;
  } catch (e) {
    fs.rmSync(staged, { force: true });
    throw e;
  }
}

const asideName = (dataDir: string, now: Date) => path.join(dataDir, `salesmap-before-restore-${stamp(now)}.db`);

/** Replaces every row of the open library with the staged copy's, in one transaction. */
function replaceContents(db: Database, staged: string): void {
  db.prepare('ATTACH DATABASE ? AS restored').run(staged);
  try {
    const tables = db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const columns = (table: string) =>
      (db.prepare("SELECT name FROM pragma_table_info(?, 'main')").pluck().all(table) as string[]).map((c) => `"${c}"`).join(', ');
    db.transaction(() => {
      // Rows go in table by table; the foreign keys are checked once all are in, at commit.
      db.pragma('defer_foreign_keys = ON');
      for (const t of tables) db.exec(`DELETE FROM main."${t}"`);
      for (const t of tables) db.exec(`INSERT INTO main."${t}" (${columns(t)}) SELECT ${columns(t)} FROM restored."${t}"`);
    }).immediate();
  } finally {
    db.exec('DETACH DATABASE restored');
  }
}

/**
 * Restore while this program has the library open (and holds its lock, which it never lets go
 * of here): the current library is copied aside whole (VACUUM INTO, forced to disk), then its
 * rows are replaced by the backup's in one transaction.
 */
export function restoreIntoOpenLibrary(db: Database, dataDir: string, name: string, now: Date, options: OpenOptions = {}): RestoreResult {
  const source = listedBackup(dataDir, name, options);
  const staged = stageBackup(dataDir, source, name, now, options);
  const aside = asideName(dataDir, now);
  try {
    db.prepare('VACUUM INTO ?').run(aside + '.partial');
    fsyncFile(aside + '.partial');
    fs.renameSync(aside + '.partial', aside);
    fsyncDir(dataDir);
    try {
      replaceContents(db, staged);
    } catch (e) {
      fs.rmSync(aside, { force: true }); // the library was not changed: its copy is not needed
      throw e;
    }
    return { setAside: aside };
  } finally {
    fs.rmSync(aside + '.partial', { force: true });
    fs.rmSync(staged, { force: true });
  }
}

/**
 * Keeps a whole copy of `file` at `aside` without a moment when `file` is missing: a second
 * name for the same bytes (hard link), or a copy where the file system has no links.
 */
function keepAside(file: string, aside: string): void {
  try {
    fs.linkSync(file, aside);
  } catch {
    fs.copyFileSync(file, aside, fs.constants.COPYFILE_EXCL);
    fsyncFile(aside);
  }
}

/**
 * Restore while the library cannot be opened (damaged, empty, missing, or from a newer version),
 * after checking no other program holds it. The damaged file stays under a second name with its
 * WAL files (which must not be replayed into the restored file); the checked copy then replaces
 * the library in one atomic rename.
 */
export function restoreOverUnopenedLibrary(dataDir: string, name: string, now: Date, options: OpenOptions = {}): RestoreResult {
  const live = libraryPath(dataDir);
  const source = listedBackup(dataDir, name, options);
  refuseIfHeldElsewhere(live, options);
  const staged = stageBackup(dataDir, source, name, now, options);
  try {
    const aside = fs.existsSync(live) ? asideName(dataDir, now) : null;
    if (aside) {
      keepAside(live, aside);
      for (const ext of ['-wal', '-shm', '-journal']) {
        if (fs.existsSync(live + ext)) fs.renameSync(live + ext, aside + ext);
      }
      fsyncDir(dataDir);
    }
    fs.renameSync(staged, live);
    fsyncDir(dataDir);
    return { setAside: aside };
  } finally {
    fs.rmSync(staged, { force: true });
  }
}
