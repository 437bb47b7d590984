import type { Migration } from './types';

/**
 * Rebuilds the undo history as an ordinary (rowid) table with the diff as its last column.
 *
 * As a WITHOUT ROWID table, a history row *is* its primary-key entry, so any lookup that passes
 * a row (finding the top of the undo stack, the next seq, clearing the redo stack, trimming)
 * loads that row's whole diff to compare keys — and one step's diff can be megabytes (importing
 * 10,000 accounts is ~2.5 MB, sorting them into segments ~4.6 MB). Measured with such a history:
 * each of those statements took ~9 ms, so every drag for the next 500 changes paid tens of
 * milliseconds. In a rowid table the (workshop_id, seq) key is its own small index and the
 * columns the stacks need sit before the diff, so none of those lookups reads a diff.
 * history_stack finds the top of each stack (undone = 0 / 1) without visiting every row: the
 * redo queries run after every change and otherwise walk all 500 kept steps to find none.
 */
export const m002HistoryRowid: Migration = {
  version: 2,
  name: 'history as a rowid table',
  up(db) {
    db.exec(`
      CREATE TABLE history_rowid (
        workshop_id  TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,
        command_type TEXT NOT NULL,
        undone       INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        diff         TEXT NOT NULL,
        PRIMARY KEY (workshop_id, seq)
      );
      INSERT INTO history_rowid (workshop_id, seq, command_type, undone, created_at, diff)
        SELECT workshop_id, seq, command_type, undone, created_at, diff FROM history;
      DROP TABLE history;
      ALTER TABLE history_rowid RENAME TO history;
      CREATE INDEX history_stack ON history(workshop_id, undone, seq);
    `);
  },
};
