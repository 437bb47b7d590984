import type { CommitResult } from '../../shared/api';
import { applyCommand, type Command } from '../../shared/commands';
import { recordsView } from './recordsView';
import { api } from '../api/client';
import { i18next } from '../i18n';
import { attempt } from '../ui/errors';
import { toast } from '../ui/toasts';
import { useWorkshop } from './workshopStore';

/** Loads a workshop's snapshot into the store (on open, and after missed events). */
export async function loadWorkshop(workshopId: string): Promise<boolean> {
  const snap = await attempt(() => api.call('openWorkshop', { workshopId }));
  if (snap) useWorkshop.getState().load(snap);
  return !!snap;
}

function currentId(): string | null {
  return useWorkshop.getState().workshop?.id ?? null;
}

/**
 * The renderer's one way to change a workshop: a command to the service. The store updates from
 * the committed diff; an error becomes a toast and nothing changes.
 */
export async function dispatch(command: Command, opts: { optimistic?: boolean } = {}): Promise<CommitResult | undefined> {
  const id = currentId();
  if (!id) return undefined;
  if (opts.optimistic) guess(command);
  const result = await attempt(() => api.dispatch(id, command));
  if (result) useWorkshop.getState().applyCommit(result);
  else useWorkshop.getState().dropOptimistic();
  return result;
}

/**
 * Runs the same pure command function the service runs, so a dropped card lands at once; the
 * service's commit replaces the guess a few milliseconds later. Only for commands that create no ids (moves, edits).
 */
function guess(command: Command): void {
  const store = useWorkshop.getState();
  try {
    const { diff } = applyCommand(recordsView(store.records), command, {
      newId: () => crypto.randomUUID(),
      now: () => Date.now(),
    });
    store.applyOptimistic(diff);
  } catch {
    // The service will refuse it too, with a message; nothing to guess.
  }
}

/** Dispatch plus a toast with an Undo button: every destructive action says it can be undone. */
export async function dispatchWithUndo(command: Command, message: string): Promise<CommitResult | undefined> {
  const result = await dispatch(command);
  if (result && result.diff) toast(message, { label: i18next.t('actions.undo'), run: () => void undo() });
  return result;
}

/** Undo or redo one step of the workshop's history (kept by the service, across restarts). */
async function step(which: 'undo' | 'redo'): Promise<void> {
  const id = currentId();
  const state = useWorkshop.getState().undo;
  if (!id || !(which === 'undo' ? state.canUndo : state.canRedo)) return;
  const result = await attempt(() => api.call(which, { workshopId: id }));
  if (result) {
    useWorkshop.getState().applyCommit(result);
    toast(i18next.t(which === 'undo' ? 'toast.undone' : 'toast.redone'));
  }
}

export const undo = () => step('undo');
export const redo = () => step('redo');

/** Keeps the open workshop current with every window's changes. */
export function followChanges(): () => void {
  return api.onEvent((event) => {
    const store = useWorkshop.getState();
    store.applyEvent(event);
    if (useWorkshop.getState().stale) {
      const id = currentId();
      if (id) void loadWorkshop(id);
    }
  });
}
