import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { LIBRARY_FILE } from '../../electron/store';
import type { TestService } from './service';

export interface LibraryDump {
  /** SHA-256 of salesmap.db once the service has closed it (the WAL checkpointed into it). */
  sha256: string;
  userVersion: number;
  /** Every row of every table, in key order. */
  tables: Record<string, unknown[]>;
}

/**
 * The library as it is on disk: the service is closed (its exclusive lock released, the WAL
 * folded into the file), the file hashed and every table read, then the service is reopened.
 * Two equal dumps mean nothing was written in between.
 */
export async function dumpLibrary(t: TestService): Promise<LibraryDump> {
  t.service.close();
  const file = path.join(t.dir, LIBRARY_FILE);
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const names = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    const tables = Object.fromEntries(names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]));
    return { sha256, userVersion: db.pragma('user_version', { simple: true }) as number, tables };
  } finally {
    db.close();
    await t.restart();
  }
}
