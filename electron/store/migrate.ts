import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Migrations must be numbered 1..n in order; a gap or repeat is a programming error. */
export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/** A database written by a newer Salesmap must not be touched by this one. */
export function refuseFutureSchema(version: number, latest: number, file: string): void {
  if (version > latest) {
    throw new AppError(
      'future_schema',
      `The library ${file} was saved by a newer version of Salesmap (schema ${version}; this version knows ${latest}). Update Salesmap to open it; the file was not changed.`,
      { file, version, latest },
    );
  }
}

/** Applies every pending migration in one transaction: all of them or none. */
export function migrate(db: Database, list: readonly Migration[], file: string): { from: number; to: number } {
  checkMigrationList(list);
  const latest = list.length ? list[list.length - 1]!.version : 0;
  const from = schemaVersion(db);
  refuseFutureSchema(from, latest, file);
  if (from === latest) return { from, to: from };
  db.transaction(() => {
    for (const m of list) {
      if (m.version <= from) continue;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: latest };
}
