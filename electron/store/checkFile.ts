import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { sqlite, type OpenOptions } from './files';

/**
 * Whether a file is a whole Salesmap library: a backup before it is listed or restored, a new
 * backup before it gets a backup's name. Read-only: nothing here writes a byte.
 */
export type FileCheck =
  | { ok: true; version: number }
  | { ok: false; reason: 'empty' | 'not_sqlite' | 'truncated' | 'damaged' | 'newer' | 'not_a_library'; detail: string };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * SQLite's 100-byte header: without it SQLite takes a short file for an empty database (and would
 * write a new one over it). It also says how many pages the file has, so a shorter file was cut
 * off; `pageCount: false` for a live library with a WAL, which may still hold pages a checkpoint
 * was copying when the program was killed.
 */
export function headerProblem(file: string, { pageCount = true } = {}): Extract<FileCheck, { ok: false }> | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return { ok: false, reason: 'empty', detail: 'the file is empty' };
    const head = Buffer.alloc(100);
    const read = fs.readSync(fd, head, 0, 100, 0);
    if (read < 100 || !head.subarray(0, 16).equals(MAGIC)) return { ok: false, reason: 'not_sqlite', detail: 'not an SQLite database' };
    const rawPageSize = head.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pages = head.readUInt32BE(28);
    // The page count is only meaningful when "version-valid-for" matches the change counter.
    const countValid = head.readUInt32BE(92) === head.readUInt32BE(24);
    // SQLite writes whole pages only: a file that ends inside a page was cut off.
    if (size % pageSize !== 0 || (pageCount && countValid && pages * pageSize > size)) {
      return { ok: false, reason: 'truncated', detail: `${size} bytes of ${pages * pageSize}` };
    }
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * `thorough`: SQLite's integrity_check reads every page (before a restore, and before a new
 * backup is named); otherwise opening it and reading its schema is enough (listing backups).
 */
export function checkLibraryFile(file: string, options: OpenOptions & { thorough?: boolean } = {}): FileCheck {
  const { thorough, ...open } = options;
  let header: FileCheck | null;
  try {
    header = headerProblem(file);
  } catch (e) {
    return { ok: false, reason: 'damaged', detail: (e as Error).message };
  }
  if (header) return header;
  let db: Database | undefined;
  try {
    db = sqlite(file, { readonly: true, fileMustExist: true, ...open });
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) return { ok: false, reason: 'newer', detail: `schema ${version}` };
    const hasWorkshops = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workshops'").get();
    if (version < 1 || !hasWorkshops) return { ok: false, reason: 'not_a_library', detail: `schema ${version}` };
    if (thorough) {
      const rows = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
      const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
      if (problems.length) return { ok: false, reason: 'damaged', detail: problems.slice(0, 3).join('; ') };
    }
    return { ok: true, version };
  } catch (e) {
    return { ok: false, reason: 'damaged', detail: (e as Error).message };
  } finally {
    db?.close();
  }
}
