import type { Database, Statement } from 'better-sqlite3';
import type { Diff } from '../../shared/diff';
import type { UndoState } from '../../shared/events';

/** How many undo steps a workshop keeps (older ones are dropped when a new change comes). */
export const HISTORY_LIMIT = 500;

export interface HistoryEntry {
  seq: number;
  commandType: string;
  diff: Diff;
}

interface Row {
  seq: number;
  command_type: string;
  diff: string;
}

const toEntry = (r: Row): HistoryEntry => ({ seq: r.seq, commandType: r.command_type, diff: JSON.parse(r.diff) as Diff });

/**
 * The undo log, in SQLite so undo and redo survive a restart. Rows with undone=0 form the undo
 * stack (newest on top); undone=1 rows are the redo stack (oldest undone first to redo).
 */
export class HistoryRows {
  private readonly sPush: Statement<[string, string, string, string, string]>;
  private readonly sClearRedo: Statement<[string]>;
  private readonly sTrim: Statement<[string, string, number]>;
  private readonly sTopDone: Statement<[string], Row>;
  private readonly sFirstUndone: Statement<[string], Row>;
  private readonly sMark: Statement<[number, string, number]>;
  private readonly sTopDoneType: Statement<[string], { command_type: string }>;
  private readonly sFirstUndoneType: Statement<[string], { command_type: string }>;

  constructor(db: Database) {
    this.sClearRedo = db.prepare('DELETE FROM history WHERE workshop_id = ? AND undone = 1');
    this.sPush = db.prepare(
      `INSERT INTO history (workshop_id, seq, command_type, diff, undone, created_at)
       VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM history WHERE workshop_id = ?), ?, ?, 0, ?)`,
    );
    this.sTrim = db.prepare(
      'DELETE FROM history WHERE workshop_id = ? AND seq <= (SELECT MAX(seq) FROM history WHERE workshop_id = ?) - ?',
    );
    this.sTopDone = db.prepare(
      'SELECT seq, command_type, diff FROM history WHERE workshop_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1',
    );
    this.sFirstUndone = db.prepare(
      'SELECT seq, command_type, diff FROM history WHERE workshop_id = ? AND undone = 1 ORDER BY seq ASC LIMIT 1',
    );
    this.sMark = db.prepare('UPDATE history SET undone = ? WHERE workshop_id = ? AND seq = ?');
    // The undo state is read after every change: it must not parse (or even load) the diffs.
    this.sTopDoneType = db.prepare(
      'SELECT command_type FROM history WHERE workshop_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1',
    );
    this.sFirstUndoneType = db.prepare(
      'SELECT command_type FROM history WHERE workshop_id = ? AND undone = 1 ORDER BY seq ASC LIMIT 1',
    );
  }

  /**
   * The undo state of each workshop, known after the first look: every change would otherwise
   * ask SQLite twice what it just wrote. Forgotten whenever it cannot be derived (undo, redo, a
   * rolled-back transaction), so it is never wrong for long.
   */
  private readonly known = new Map<string, UndoState & { pushes: number }>();

  forget(workshopId: string): void {
    this.known.delete(workshopId);
  }

  /** A new change: it goes on top of the undo stack and the redo stack is cleared. */
  push(workshopId: string, commandType: string, diff: Diff, at: string): void {
    const known = this.known.get(workshopId);
    if (!known || known.canRedo) this.sClearRedo.run(workshopId);
    this.sPush.run(workshopId, workshopId, commandType, JSON.stringify(diff), at);
    const pushes = (known?.pushes ?? 0) + 1;
    // Trimming to the last HISTORY_LIMIT steps need not happen on every change.
    if (!known || pushes % 50 === 0) this.sTrim.run(workshopId, workshopId, HISTORY_LIMIT);
    this.known.set(workshopId, { canUndo: true, undoType: commandType, canRedo: false, redoType: null, pushes });
  }

  nextUndo(workshopId: string): HistoryEntry | undefined {
    const r = this.sTopDone.get(workshopId);
    return r ? toEntry(r) : undefined;
  }

  nextRedo(workshopId: string): HistoryEntry | undefined {
    const r = this.sFirstUndone.get(workshopId);
    return r ? toEntry(r) : undefined;
  }

  markUndone(workshopId: string, seq: number, undone: boolean): void {
    this.sMark.run(undone ? 1 : 0, workshopId, seq);
    this.known.delete(workshopId);
  }

  state(workshopId: string): UndoState {
    const known = this.known.get(workshopId);
    if (known) {
      const { pushes: _pushes, ...state } = known;
      return state;
    }
    const u = this.sTopDoneType.get(workshopId);
    const r = this.sFirstUndoneType.get(workshopId);
    const state = {
      canUndo: !!u,
      canRedo: !!r,
      undoType: u?.command_type ?? null,
      redoType: r?.command_type ?? null,
    };
    this.known.set(workshopId, { ...state, pushes: 0 });
    return state;
  }
}
