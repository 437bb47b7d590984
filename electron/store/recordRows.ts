import type { Database, Statement } from 'better-sqlite3';
import type { Diff } from '../../shared/diff';
import type { AnyRecord } from '../../shared/records';

/** One row per record. A diff writes exactly the rows it names; nothing else is rewritten. */
export class RecordRows {
  private readonly sAll: Statement<[string], { data: string }>;
  private readonly sInsert: Statement<[string, string, string, string]>;
  private readonly sUpdate: Statement<[string, string, string, string]>;
  private readonly sDelete: Statement<[string, string]>;
  private readonly sCopy: Statement<[string, string]>;

  constructor(db: Database) {
    this.sAll = db.prepare('SELECT data FROM records WHERE workshop_id = ?');
    this.sInsert = db.prepare('INSERT INTO records (workshop_id, id, type, data) VALUES (?, ?, ?, ?)');
    this.sUpdate = db.prepare('UPDATE records SET type = ?, data = ? WHERE workshop_id = ? AND id = ?');
    this.sDelete = db.prepare('DELETE FROM records WHERE workshop_id = ? AND id = ?');
    this.sCopy = db.prepare(
      'INSERT INTO records (workshop_id, id, type, data) SELECT ?, id, type, data FROM records WHERE workshop_id = ?',
    );
  }

  loadAll(workshopId: string): AnyRecord[] {
    return this.sAll.all(workshopId).map((r) => JSON.parse(r.data) as AnyRecord);
  }

  insertAll(workshopId: string, records: readonly AnyRecord[]): void {
    for (const r of records) this.sInsert.run(workshopId, r.id, r.type, JSON.stringify(r));
  }

  /** Must run inside a transaction; a missing or duplicate row throws and rolls it all back. */
  writeDiff(workshopId: string, diff: Diff): void {
    for (const r of diff.removed) {
      if (this.sDelete.run(workshopId, r.id).changes !== 1) throw new Error(`record ${r.id} to remove is missing`);
    }
    for (const [, after] of diff.updated) {
      if (this.sUpdate.run(after.type, JSON.stringify(after), workshopId, after.id).changes !== 1) {
        throw new Error(`record ${after.id} to update is missing`);
      }
    }
    this.insertAll(workshopId, diff.added);
  }

  copyAll(fromWorkshopId: string, toWorkshopId: string): void {
    this.sCopy.run(toWorkshopId, fromWorkshopId);
  }
}
