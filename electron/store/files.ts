import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';

/** The library file, and the folder of its rolling backups, inside the data folder. */
export const LIBRARY_FILE = 'salesmap.db';

export function libraryPath(dataDir: string): string {
  return path.join(dataDir, LIBRARY_FILE);
}

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 .node built for the running runtime. Electron passes its own build
   * (see README, "Native module"); Node (tests, browser host) uses the package's default. Every
   * connection the store opens (the library, a backup it checks) must use it.
   */
  nativeBinding?: string;
}

export function sqlite(file: string, options: BetterSqlite3.Options & OpenOptions = {}): Database {
  const { nativeBinding, ...rest } = options;
  return new BetterSqlite3(file, nativeBinding ? { ...rest, nativeBinding } : rest);
}

/** A file name safe on every system for a moment in time: 2026-11-27T04-05-06-789Z. */
export function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function fsync(target: string, flags: string): void {
  const fd = fs.openSync(target, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Forces the file's bytes to the disk: after this, a power cut cannot leave it half written. */
export function fsyncFile(file: string): void {
  fsync(file, 'r+');
}

/** Makes a rename in `dir` durable. Windows cannot open a folder (NTFS journals renames itself). */
export function fsyncDir(dir: string): void {
  if (process.platform !== 'win32') fsync(dir, 'r');
}

/** Size of a file, 0 when it does not exist. */
export function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
