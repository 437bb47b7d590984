import type { CommitResult } from '../../shared/api';
import { applyCommand, type CommandContext } from '../../shared/commands';
import { applyDiffTo, invertDiff, isEmptyDiff, rebaseDiff, type Diff } from '../../shared/diff';
import { AppError } from '../../shared/errors';
import { RecordStore } from '../../shared/recordStore';
import type { Store } from '../store';
import type { EventBus } from './events';

/**
 * How long after a snapshot the records are parsed: after the board's first paint (about a second
 * at 50,000 accounts on a 2-core laptop, which the parse would otherwise compete with), and still
 * before most first drags; a command that comes sooner loads them itself.
 */
const WARM_AFTER_MS = 1500;

/**
 * The one path every change to a workshop takes:
 *   command → pure diff (shared/) → one SQLite transaction (records, undo log, version) → broadcast.
 * Records of open workshops are cached here; the cache is updated only after a commit succeeds.
 */
export class ChangePath {
  private readonly cache = new Map<string, RecordStore>();

  constructor(
    private readonly store: Store,
    private readonly bus: EventBus,
    private readonly ctx: CommandContext,
  ) {}

  /** The records of a workshop (loaded once, then kept current by commits). */
  records(workshopId: string): RecordStore {
    let map = this.cache.get(workshopId);
    if (!map) {
      if (!this.store.workshops.get(workshopId)) {
        throw new AppError('not_found', `No workshop with id ${workshopId}`, { id: workshopId });
      }
      map = new RecordStore(this.store.records.loadAll(workshopId));
      this.cache.set(workshopId, map);
    }
    return map;
  }

  /**
   * Loads the records a little later, unless a command loads them first: after a snapshot sent
   * from the rows' JSON (openWorkshopJson), so the parse of 50,000 records (~200 ms) happens
   * while the page draws the board, not before it gets its snapshot.
   */
  warmSoon(workshopId: string): void {
    if (this.cache.has(workshopId)) return;
    setTimeout(() => {
      if (this.cache.has(workshopId) || !this.store.db.open || !this.store.workshops.get(workshopId)) return;
      try {
        this.records(workshopId);
      } catch (e) {
        // The next command reads the rows again and reports the problem to the user.
        console.error(`[salesmap] loading workshop ${workshopId} failed:`, e);
      }
    }, WARM_AFTER_MS).unref();
  }

  forget(workshopId: string): void {
    this.cache.delete(workshopId);
  }

  dispatch(workshopId: string, command: unknown): CommitResult {
    const records = this.records(workshopId);
    const { diff, undoable, type } = applyCommand(records, command, this.ctx);
    return this.commit(workshopId, diff, type, (at) => {
      if (undoable) this.store.history.push(workshopId, type, diff, at);
    });
  }

  undo(workshopId: string): CommitResult {
    const records = this.records(workshopId);
    const entry = this.store.history.nextUndo(workshopId);
    if (!entry) throw new AppError('nothing_to_undo', 'There is nothing to undo');
    const diff = rebaseDiff(records, invertDiff(entry.diff));
    return this.commit(workshopId, diff, 'undo', () => this.store.history.markUndone(workshopId, entry.seq, true), true);
  }

  redo(workshopId: string): CommitResult {
    const records = this.records(workshopId);
    const entry = this.store.history.nextRedo(workshopId);
    if (!entry) throw new AppError('nothing_to_redo', 'There is nothing to redo');
    const diff = rebaseDiff(records, entry.diff);
    return this.commit(workshopId, diff, 'redo', () => this.store.history.markUndone(workshopId, entry.seq, false), true);
  }

  /**
   * Writes the diff, the history step and the version bump in one transaction; only then updates
   * the cache and tells every subscriber. An empty diff writes nothing (unless it moves history).
   */
  private commit(
    workshopId: string,
    diff: Diff,
    cause: string,
    /** Writes the history step. */
    history: (at: string) => void,
    alwaysWrite = false,
  ): CommitResult {
    const current = this.store.workshops.get(workshopId);
    if (!current) throw new AppError('not_found', `No workshop with id ${workshopId}`, { id: workshopId });
    if (isEmptyDiff(diff) && !alwaysWrite) {
      return { version: current.version, diff, undo: this.store.history.state(workshopId) };
    }
    const at = new Date(this.ctx.now()).toISOString();
    let version: number;
    try {
      version = this.store.transaction(() => {
        this.store.records.writeDiff(workshopId, diff);
        history(at);
        return this.store.workshops.bumpVersion(workshopId, at);
      });
    } catch (e) {
      // Rolled back: what the history remembered about this workshop may describe the lost write.
      this.store.history.forget(workshopId);
      throw e;
    }
    applyDiffTo(this.records(workshopId), diff);
    const undo = this.store.history.state(workshopId);
    this.bus.emit({ kind: 'change', workshopId, version, diff, cause, undo });
    return { version, diff, undo };
  }
}
