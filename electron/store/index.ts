import type { Database } from 'better-sqlite3';
import { HistoryRows } from './historyRows';
import { RecordRows } from './recordRows';
import { WorkshopRows } from './workshopRows';

export { openLibrary, LIBRARY_FILE, type OpenOptions } from './database';
export { listBackups, rollBackup, KEEP_BACKUPS } from './backups';
export { restoreIntoOpenLibrary, restoreOverUnopenedLibrary, type RestoreResult } from './restore';
export { LATEST_SCHEMA_VERSION } from './migrations';

/** Typed handles on the library database; all SQL lives behind these. */
export interface Store {
  db: Database;
  workshops: WorkshopRows;
  records: RecordRows;
  history: HistoryRows;
  /** Runs fn in one IMMEDIATE transaction: all its writes land, or none do. */
  transaction<T>(fn: () => T): T;
}

export function createStore(db: Database): Store {
  return {
    db,
    workshops: new WorkshopRows(db),
    records: new RecordRows(db),
    history: new HistoryRows(db),
    transaction: (fn) => db.transaction(fn).immediate(),
  };
}
