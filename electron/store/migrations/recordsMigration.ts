import type { LooseRecord, RecordMigration } from '../../../shared/records/migrations';
import type { Migration } from './types';

/**
 * A database migration that brings every workshop's records to the next records version with
 * the same step the workshop-file import runs (shared/records/migrations.ts), so a change of
 * a record's shape is written once and the library and old files migrate alike. Listed in
 * MIGRATIONS like any other:
 *
 *   recordsMigration(3, recordStep(2))   // database version 3 brings the records to version 2
 *
 * Each workshop's undo history is cleared: its diffs hold records of the old shape, and undoing
 * one would write an old record back. (A workshop-file import starts with no history either.)
 * It reads the records and history tables as migrations 001/002 made them.
 */
export function recordsMigration(version: number, step: RecordMigration): Migration {
  return {
    version,
    name: `records version ${step.version}: ${step.name}`,
    up(db) {
      const workshops = db.prepare<[], string>('SELECT id FROM workshops').pluck().all();
      const load = db.prepare<[string], string>('SELECT data FROM records WHERE workshop_id = ?').pluck();
      const clearRecords = db.prepare<[string]>('DELETE FROM records WHERE workshop_id = ?');
      const insert = db.prepare<[string, string, string, string]>('INSERT INTO records (workshop_id, id, type, data) VALUES (?, ?, ?, ?)');
      const clearHistory = db.prepare<[string]>('DELETE FROM history WHERE workshop_id = ?');
      for (const workshopId of workshops) {
        const records = step.up(load.all(workshopId).map((data) => JSON.parse(data) as LooseRecord));
        clearRecords.run(workshopId);
        for (const r of records) insert.run(workshopId, r.id, r.type, JSON.stringify(r));
        clearHistory.run(workshopId);
      }
    },
  };
}
