import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, LIBRARY_FILE } from '../../../electron/store';
import { migrate } from '../../../electron/store/migrate';
import { m001Initial } from '../../../electron/store/migrations/001_initial';
import { m002HistoryRowid } from '../../../electron/store/migrations/002_historyRowid';
import type { AgendaItem } from '../../../shared/records';
import { makeTempDir } from '../../helpers/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const teaBreak: AgendaItem = { id: 'tea', type: 'agendaItem', title: '茶歇', start: '10:30', duration: 15, board: null, notes: '', order: 'a0' };

/** A library as schema 1 left it: one workshop whose last change (adding the tea break) is undoable. */
function schemaOneLibrary(): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const file = path.join(temp.dir, LIBRARY_FILE);
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  migrate(db, [m001Initial], file);
  const store = createStore(db);
  const at = '2026-11-27T09:00:00.000Z';
  store.workshops.insert({ id: 'w1', name: '海格物流 · 研讨会', client: '海格物流', language: 'zh-CN', templateId: null, version: 1, createdAt: at, updatedAt: at });
  store.records.insertAll('w1', [teaBreak]);
  store.history.push('w1', 'agenda.add', { added: [teaBreak], updated: [], removed: [] }, at);
  db.close();
  return temp.dir;
}

describe('migration 2: the undo history as a rowid table', () => {

  // Migration 3 (a records migration) clears every undo history after this one ran, so these
  // tests stop the upgrade at schema 2, where the history must have come through whole.
  it('keeps every undo step of an existing library: undo and redo still work after the upgrade', () => {
    const dir = schemaOneLibrary();
    const file = path.join(dir, LIBRARY_FILE);
    const db = new BetterSqlite3(file);
    migrate(db, [m001Initial, m002HistoryRowid], file);
    const store = createStore(db);
    const top = store.history.nextUndo('w1');
    expect(top).toMatchObject({ seq: 1, commandType: 'agenda.add' });
    expect(top?.diff).toEqual({ added: [teaBreak], updated: [], removed: [] });
    db.close();
  });

  it('stores diffs after the columns the undo and redo stacks are found by, outside the key', () => {
    const dir = schemaOneLibrary();
    const file = path.join(dir, LIBRARY_FILE);
    const up = new BetterSqlite3(file);
    migrate(up, [m001Initial, m002HistoryRowid], file);
    up.close();
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'history'").get() as { sql: string }).sql;
      expect(sql).not.toMatch(/WITHOUT ROWID/i);
      const columns = (db.prepare("SELECT name FROM pragma_table_info('history')").all() as { name: string }[]).map((c) => c.name);
      expect(columns.at(-1)).toBe('diff');
      expect(db.prepare('SELECT workshop_id, seq, command_type, undone FROM history').all()).toEqual([
        { workshop_id: 'w1', seq: 1, command_type: 'agenda.add', undone: 0 },
      ]);
    } finally {
      db.close();
    }
  });
});
