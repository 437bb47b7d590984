import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { LIBRARY_FILE } from './database';

export const KEEP_BACKUPS = 5;
const PREFIX = 'salesmap-';

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith('.db'))
    .map((f) => {
      const stat = fs.statSync(path.join(dir, f));
      return { file: f, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => (a.file < b.file ? 1 : -1));
}

/** File names sort by time: salesmap-2026-11-27T04-05-06-789Z.db. */
function backupName(now: Date): string {
  return `${PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.db`;
}

/** A consistent online copy (SQLite's backup API), then the oldest beyond KEEP_BACKUPS go. */
export async function rollBackup(db: Database, dataDir: string, now = new Date()): Promise<string> {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, backupName(now));
  await db.backup(target);
  for (const old of listBackups(dataDir).slice(KEEP_BACKUPS)) fs.rmSync(path.join(dir, old.file), { force: true });
  return target;
}

/**
 * Puts a backup in place of the library. The current file is kept beside it under a new name
 * (never overwritten), with its WAL files, so nothing the user had is destroyed.
 */
export function restoreBackup(dataDir: string, backupFile: string, now = new Date()): { setAside: string | null } {
  const name = path.basename(backupFile);
  const source = path.join(backupDir(dataDir), name);
  if (name !== backupFile || !fs.existsSync(source)) {
    throw new AppError('not_found', `No backup named ${backupFile}`, { file: backupFile });
  }
  const live = path.join(dataDir, LIBRARY_FILE);
  let setAside: string | null = null;
  if (fs.existsSync(live)) {
    setAside = `${live}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(live, setAside);
    for (const ext of ['-wal', '-shm']) {
      if (fs.existsSync(live + ext)) fs.renameSync(live + ext, setAside + ext);
    }
  }
  fs.copyFileSync(source, live);
  return { setAside };
}
