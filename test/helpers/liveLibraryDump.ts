/** A live library through the service's own connection; test/helpers/libraryDump.ts dumps a closed one. */
import BetterSqlite3, { type Database } from 'better-sqlite3';

/**
 * The service holds its library exclusively, so no second connection can look at it while it
 * runs. This notes every connection that takes the library's exclusive lock (as openLibrary
 * does), so a test can read the library through the service's own connection, between calls.
 */
export function watchLibraryConnections(): { current(): Database; stop(): void } {
  const proto = BetterSqlite3.prototype as unknown as { pragma(this: Database, source: string, options?: unknown): unknown };
  const original = proto.pragma;
  const seen: Database[] = [];
  proto.pragma = function (this: Database, source: string, options?: unknown) {
    if (/^\s*locking_mode\s*=\s*exclusive\s*$/i.test(source)) seen.push(this);
    return original.call(this, source, options);
  };
  return {
    current() {
      const db = seen.filter((d) => d.open).at(-1);
      if (!db) throw new Error('no library is open');
      return db;
    },
    stop() {
      proto.pragma = original;
    },
  };
}

/** Every table's schema and rows, and the schema version: equal dumps, equal libraries. */
export function dumpConnection(db: Database): string {
  const tables = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all() as { type: string; name: string }[];
  const parts: unknown[] = [db.pragma('user_version', { simple: true }), tables];
  for (const t of tables) {
    if (t.type === 'table') parts.push(db.prepare(`SELECT * FROM "${t.name}"`).raw().all());
  }
  return JSON.stringify(parts);
}
