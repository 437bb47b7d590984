import type { Migration } from './types';

/**
 * Workshops, their records (one row per record, JSON data, typed by `type`) and the undo
 * history. A diff writes only the rows it touches.
 */
export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE workshops (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        client      TEXT NOT NULL DEFAULT '',
        language    TEXT NOT NULL,
        template_id TEXT,
        version     INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE records (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        id          TEXT NOT NULL,
        type        TEXT NOT NULL,
        data        TEXT NOT NULL,
        PRIMARY KEY (workshop_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX records_by_type ON records(workshop_id, type);

      -- One row per undoable change: the forward diff; undo writes its inverse.
      CREATE TABLE history (
        workshop_id  TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,
        command_type TEXT NOT NULL,
        diff         TEXT NOT NULL,
        undone       INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        PRIMARY KEY (workshop_id, seq)
      ) WITHOUT ROWID;
    `);
  },
};
