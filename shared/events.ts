import type { Diff } from './diff';
import type { Presence } from './presence';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** Command type of what undo/redo would revert or repeat, for tooltips ("Undo move"). */
  undoType: string | null;
  redoType: string | null;
}

/** What the service broadcasts after every committed change. Windows never talk to each other. */
export type ChangeEvent =
  | {
      kind: 'change';
      workshopId: string;
      version: number;
      diff: Diff;
      /** The command type, or "undo"/"redo", so windows can say what happened. */
      cause: string;
      undo: UndoState;
    }
  /** The library list changed (created, renamed, duplicated, deleted). */
  | { kind: 'library' }
  /** An export job's progress: `done` of `total` steps (slides, sheets, tables) built. */
  | { kind: 'exportProgress'; jobId: string; done: number; total: number }
  /** What the facilitator shows changed (board, step, highlight, blank): projectors follow it. */
  | { kind: 'presence'; workshopId: string; presence: Presence }
  /** Share to the room turned on or off. */
  | { kind: 'sharing'; on: boolean }
  /**
   * Said by the browser's own bridge, never by the service: the event stream came back after a
   * break (a laptop that slept, Wi-Fi that dropped). Events of the gap are lost: read again.
   */
  | { kind: 'reconnected' };
