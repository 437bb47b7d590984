import type { CommitResult } from '../../shared/api';
import { applyCommand, type Command } from '../../shared/commands';
import { recordsView } from './recordsView';
import { takeEarlySnapshot } from './earlySnapshot';
import { api } from '../api/client';
import { readableSnapshot } from '../api/snapshotReply';
import { i18next } from '../i18n';
import { attempt } from '../ui/errors';
import { toast } from '../ui/toasts';
import { useWorkshop } from './workshopStore';

/** Loads a workshop's snapshot into the store (on open, and after missed events). */
export async function loadWorkshop(workshopId: string): Promise<boolean> {
  const early = takeEarlySnapshot(workshopId);
  useWorkshop.getState().expectSnapshot(workshopId);
  // The early request's snapshot, else one asked for now; unreadable bytes are asked for again checked.
  const snap = await attempt(() => readableSnapshot((check) => api.call('openWorkshop', check ? { workshopId, check } : { workshopId }), early ?? undefined));
  if (snap) useWorkshop.getState().load(snap);
  else useWorkshop.getState().abandonSnapshot(workshopId);
  return !!snap;
}

function currentId(): string | null {
  return useWorkshop.getState().workshop?.id ?? null;
}

/**
 * Changes reach the service one at a time, in the order the user made them: two quick drags, or
 * a drag then Ctrl+Z, must not overtake each other on separate HTTP connections.
 */
let queue: Promise<unknown> = Promise.resolve();
function inOrder<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The renderer's one way to change a workshop: a command to the service. The store updates from
 * the committed diff; an error becomes a toast and nothing changes. With `optimistic`, the same
 * pure command function runs here first so a dropped card lands at once (only for commands that
 * create no ids: moves and edits); the service's commit replaces the guess.
 */
export async function dispatch(command: Command, opts: { optimistic?: boolean } = {}): Promise<CommitResult | undefined> {
  const id = currentId();
  if (!id) return undefined;
  const guessId = opts.optimistic ? guess(command) : undefined;
  const result = await inOrder(() => attempt(() => api.dispatch(id, command)));
  if (result) useWorkshop.getState().applyCommit(result, guessId);
  else if (guessId !== undefined) useWorkshop.getState().dropGuess(guessId);
  return result;
}

function guess(command: Command): number | undefined {
  const store = useWorkshop.getState();
  try {
    const { diff } = applyCommand(recordsView(store.records), command, {
      newId: () => crypto.randomUUID(),
      now: () => Date.now(),
    });
    return store.applyOptimistic(diff);
  } catch {
    // The service will refuse it too, with a message; nothing to guess.
    return undefined;
  }
}

/** Dispatch plus a toast with an Undo button: every destructive action says it can be undone. */
export async function dispatchWithUndo(command: Command, message: string): Promise<CommitResult | undefined> {
  const result = await dispatch(command);
  if (result && result.diff) toast(message, { label: i18next.t('actions.undo'), run: () => void undo() });
  return result;
}

/** Views that hold a selection drop it when history steps: the selected cards may be elsewhere now. */
const historyListeners = new Set<() => void>();
export function onHistoryStep(listener: () => void): () => void {
  historyListeners.add(listener);
  return () => historyListeners.delete(listener);
}

/** Undo or redo one step of the workshop's history (kept by the service, across restarts). */
async function step(which: 'undo' | 'redo'): Promise<void> {
  const id = currentId();
  if (!id) return;
  // Asked after the changes before it have landed, so "undo" right after a drop undoes the drop.
  const result = await inOrder(() => {
    const state = useWorkshop.getState().undo;
    if (!(which === 'undo' ? state.canUndo : state.canRedo)) return Promise.resolve(undefined);
    return attempt(() => api.call(which, { workshopId: id }));
  });
  if (result) {
    useWorkshop.getState().applyCommit(result);
    for (const listener of historyListeners) listener();
    toast(i18next.t(which === 'undo' ? 'toast.undone' : 'toast.redone'));
  }
}

export const undo = () => step('undo');
export const redo = () => step('redo');

/** Keeps the open workshop current with every window's changes. */
export function followChanges(): () => void {
  return api.onEvent((event) => {
    if (event.kind === 'reconnected') {
      const id = currentId();
      if (id) void loadWorkshop(id);
      return;
    }
    const store = useWorkshop.getState();
    store.applyEvent(event);
    if (useWorkshop.getState().stale) {
      const id = currentId();
      if (id) void loadWorkshop(id);
    }
  });
}
