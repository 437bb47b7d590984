import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api';
import { checkLibraryFile } from './checkFile';
import { backupDir, fsyncDir, fsyncFile, stamp, type OpenOptions } from './files';

export { backupDir } from './files';

export const KEEP_BACKUPS = 5;

/** salesmap-2026-11-27T04-05-06-789Z.db: names sort by time. Nothing else is a backup. */
const BACKUP_NAME = /^salesmap-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/;
/** A backup being written; it gets its real name only once it is whole and on the disk. */
const PARTIAL = '.partial';

const backupName = (now: Date) => `salesmap-${stamp(now)}.db`;

/**
 * The backups that can be restored, newest first: files with a backup's name that open as a
 * Salesmap library of a version this one reads. An empty, cut-off or foreign file is never listed,
 * so it can neither be restored nor push a good backup out of the last KEEP_BACKUPS.
 */
export function listBackups(dataDir: string, options: OpenOptions = {}): BackupInfo[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((f) => BACKUP_NAME.test(f))
    .sort()
    .reverse()
    .flatMap((f) => {
      const file = path.join(dir, f);
      if (!checkLibraryFile(file, options).ok) return [];
      const stat = fs.statSync(file);
      return [{ file: f, createdAt: stat.mtime.toISOString(), bytes: stat.size }];
    });
}

/** Leftovers of a backup that was interrupted (the program was killed, the power went). */
function removeUnfinished(dir: string): void {
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith(PARTIAL)) fs.rmSync(path.join(dir, f), { force: true });
  }
}

/**
 * A consistent online copy (SQLite's backup API) written under a temporary name, checked page by
 * page, forced to the disk and only then renamed: a kill or power cut at any moment leaves either
 * a whole backup or none. Then only good backups beyond the newest KEEP_BACKUPS are deleted, so
 * the only good one is never lost. Runs only while this program holds the library.
 */
export async function rollBackup(db: Database, dataDir: string, now = new Date(), options: OpenOptions = {}): Promise<string> {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  removeUnfinished(dir);
  const target = path.join(dir, backupName(now));
  const partial = target + PARTIAL;
  try {
    await db.backup(partial);
    const check = checkLibraryFile(partial, { ...options, thorough: true });
    if (!check.ok) throw new Error(`the new backup failed its check (${check.reason}: ${check.detail})`);
    fsyncFile(partial);
    fs.renameSync(partial, target);
    fsyncDir(dir);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  for (const old of listBackups(dataDir, options).slice(KEEP_BACKUPS)) fs.rmSync(path.join(dir, old.file), { force: true });
  return target;
}
