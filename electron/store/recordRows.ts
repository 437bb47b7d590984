import type { Database, Statement } from 'better-sqlite3';
import type { Diff } from '../../shared/diff';
import { AppError } from '../../shared/errors';
import type { AnyRecord } from '../../shared/records';
import { JsonParts } from './jsonParts';

/** A record row that is not JSON (the file was damaged or edited outside Salesmap). */
function damagedRow(workshopId: string, id: string): AppError {
  return new AppError('corrupt_database', `Record ${id} of workshop ${workshopId} is damaged (not valid JSON)`, { id });
}

/** One row per record. A diff writes exactly the rows it names; nothing else is rewritten. */
export class RecordRows {
  private readonly sAll: Statement<[string], { id: string; data: string }>;
  private readonly sJoined: Statement<[string], { json: Buffer | null; count: number }>;
  private readonly sJoinedChecked: Statement<[string], { json: Buffer | null; count: number; valid: number | null }>;
  private readonly sFirstInvalid: Statement<[string], { id: string }>;
  private readonly sInsert: Statement<[string, string, string, string]>;
  private readonly sUpdate: Statement<[string, string, string, string]>;
  private readonly sUpdateData: Statement<[string, string, string]>;
  private readonly sDelete: Statement<[string, string]>;
  private readonly sCopy: Statement<[string, string]>;

  constructor(db: Database) {
    this.sAll = db.prepare('SELECT id, data FROM records WHERE workshop_id = ?');
    // The rows' JSON joined by SQLite into one blob (UTF-8 bytes): no row becomes a JS string.
    // Checked: json_valid in the same pass, so a damaged row is refused here, not sent.
    this.sJoined = db.prepare("SELECT CAST(group_concat(data, ',') AS BLOB) AS json, count(*) AS count FROM records WHERE workshop_id = ?");
    this.sJoinedChecked = db.prepare(
      "SELECT CAST(group_concat(data, ',') AS BLOB) AS json, count(*) AS count, min(json_valid(data)) AS valid FROM records WHERE workshop_id = ?",
    );
    this.sFirstInvalid = db.prepare('SELECT id FROM records WHERE workshop_id = ? AND NOT json_valid(data) LIMIT 1');
    this.sInsert = db.prepare('INSERT INTO records (workshop_id, id, type, data) VALUES (?, ?, ?, ?)');
    this.sUpdate = db.prepare('UPDATE records SET type = ?, data = ? WHERE workshop_id = ? AND id = ?');
    // A record that keeps its type (every update a command makes) leaves records_by_type alone:
    // SQLite rewrites an index entry for every column named in SET, changed or not, and that was
    // one more 4 KB page in the WAL, written and fsynced, for each card moved (27.9 → 23.6 KB).
    this.sUpdateData = db.prepare('UPDATE records SET data = ? WHERE workshop_id = ? AND id = ?');
    this.sDelete = db.prepare('DELETE FROM records WHERE workshop_id = ? AND id = ?');
    this.sCopy = db.prepare(
      'INSERT INTO records (workshop_id, id, type, data) SELECT ?, id, type, data FROM records WHERE workshop_id = ?',
    );
  }

  loadAll(workshopId: string): AnyRecord[] {
    return this.sAll.all(workshopId).map((r) => {
      try {
        return JSON.parse(r.data) as AnyRecord;
      } catch {
        throw damagedRow(workshopId, r.id);
      }
    });
  }

  /**
   * The workshop's records as the UTF-8 JSON of an array, made from the rows' own JSON text
   * without parsing or re-serializing it: what the store wrote is JSON.stringify of a record that
   * passed its command's checks, so the page gets exactly those records (50,000 accounts: ~40 ms
   * instead of ~400 ms of parse, stringify and UTF-8 encoding), with the number of rows joined.
   *
   * Unchecked, a damaged row (the file edited or broken outside Salesmap) is sent as it is: the
   * joined text is then not JSON, or not `count` values, and the page, which parses it anyway,
   * asks again `checked` (renderer/api/snapshotReply.ts). Checking here first is a full JSON
   * parse of every row in SQLite (json_valid: ~50 ms of the ~70 ms at 50,000 accounts) on every
   * open, for rows this store itself wrote. Checked, a damaged row is refused with a clear error
   * naming it, as loadAll refuses it.
   */
  recordsJson(workshopId: string, checked = false): { json: JsonParts; count: number } {
    let row: { json: Buffer | null; count: number } | undefined;
    if (checked) {
      const r = this.sJoinedChecked.get(workshopId);
      if (r?.valid === 0) throw damagedRow(workshopId, this.sFirstInvalid.get(workshopId)?.id ?? '?');
      row = r;
    } else {
      row = this.sJoined.get(workshopId);
    }
    return { json: new JsonParts(['[', row?.json ?? new Uint8Array(0), ']']), count: row?.count ?? 0 };
  }

  insertAll(workshopId: string, records: readonly AnyRecord[]): void {
    for (const r of records) this.sInsert.run(workshopId, r.id, r.type, JSON.stringify(r));
  }

  /** Must run inside a transaction; a missing or duplicate row throws and rolls it all back. */
  writeDiff(workshopId: string, diff: Diff): void {
    for (const r of diff.removed) {
      if (this.sDelete.run(workshopId, r.id).changes !== 1) throw new Error(`record ${r.id} to remove is missing`);
    }
    for (const [before, after] of diff.updated) {
      const json = JSON.stringify(after);
      const written =
        before.type === after.type
          ? this.sUpdateData.run(json, workshopId, after.id)
          : this.sUpdate.run(after.type, json, workshopId, after.id);
      if (written.changes !== 1) throw new Error(`record ${after.id} to update is missing`);
    }
    // New rows in key order: most ids are random UUIDs, and inserting them into the
    // (workshop_id, id) B-tree in order touches each page once instead of at random (an import
    // of 50,000 rows measured ~2× faster). The diff keeps its own order.
    // Each row's JSON is made as it is written and dropped at once. Kept for the undo log's JSON
    // (as it once was), 50,000 rows of it (~30 MB of UTF-16) outlived the young generation and
    // every scavenge of the import copied it; the undo log's one JSON.stringify of the diff goes
    // straight to large-object space and costs about what joining the rows' JSON did.
    for (const i of inKeyOrder(diff.added)) {
      const r = diff.added[i]!;
      this.sInsert.run(workshopId, r.id, r.type, JSON.stringify(r));
    }
  }

  copyAll(fromWorkshopId: string, toWorkshopId: string): void {
    this.sCopy.run(toWorkshopId, fromWorkshopId);
  }
}

/** The indexes of `records` in the order of their ids (as the (workshop_id, id) key sorts them). */
function inKeyOrder(records: readonly AnyRecord[]): number[] {
  const ids = records.map((r) => r.id);
  const order = ids.map((_, i) => i);
  // Rows that come in key order already (an import's ids are sorted by construction) need no sort.
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) sorted = ids[i - 1]! < ids[i]!;
  // The ids read from an array of strings, not from each record: ~25 % less of a 50,000-row sort.
  if (!sorted) {
    order.sort((a, b) => {
      const x = ids[a]!;
      const y = ids[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return order;
}
