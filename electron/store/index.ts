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
  // One transaction function for every change, made once: db.transaction(fn) builds four wrapped
  // copies of fn and defines five properties on each, ~2.5 KB and a dictionary-mode function per
  // call (the largest single allocation of a card move through the browser host). Nested calls
  // still become savepoints: better-sqlite3 decides that from db.inTransaction at each run.
  const immediate = db.transaction((fn: () => unknown) => fn()).immediate;
  return {
    db,
    workshops: new WorkshopRows(db),
    records: new RecordRows(db),
    history: new HistoryRows(db),
    transaction: <T>(fn: () => T) => immediate(fn) as T,
  };
}
