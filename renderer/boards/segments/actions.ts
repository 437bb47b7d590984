import type { SuggestedMove } from '../../../shared/calc/segmentsRules';
import type { Segment } from '../../../shared/records';
import { i18next } from '../../i18n';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useWorkshop } from '../../state/workshopStore';
import { useBoardView } from './state/boardView';
import { UNASSIGNED, type ColumnKey } from './state/columns';

/**
 * The segments board's changes, each one command on the change path (so undo, persistence and
 * every window follow). Moves are optimistic: the card lands at once, the commit confirms it.
 */
const t = (key: string, opts?: Record<string, unknown>) => i18next.t(`segments:${key}`, opts ?? {});

export const segmentIdOf = (column: ColumnKey): string | null => (column === UNASSIGNED ? null : column);

export function moveAccounts(ids: readonly string[], column: ColumnKey, index: number): void {
  if (!ids.length) return;
  void dispatch({ type: 'account.move', ids: [...ids], segmentId: segmentIdOf(column), index }, { optimistic: true });
}

/** Adds a card and opens its editor, as double-clicking empty column space does. */
export async function addAccount(column: ColumnKey, index?: number): Promise<string | null> {
  const id = crypto.randomUUID();
  const result = await dispatch({
    type: 'account.add',
    id,
    segmentId: segmentIdOf(column),
    ...(index === undefined ? {} : { index }),
    values: { name: t('newAccount') },
  });
  if (!result) return null;
  useBoardView.getState().setActive(column, id);
  useBoardView.getState().editAccount(id);
  return id;
}

export function deleteAccounts(ids: readonly string[]): void {
  if (!ids.length) return;
  const first = useWorkshop.getState().records.account.get(ids[0]!);
  const message = ids.length === 1 ? t('toast.accountDeleted', { name: first?.name ?? '' }) : t('toast.accountsDeleted', { count: ids.length });
  useBoardView.getState().clearSelection();
  void dispatchWithUndo({ type: 'account.delete', ids: [...ids] }, message);
}

export async function addSegment(): Promise<void> {
  const id = crypto.randomUUID();
  const result = await dispatch({ type: 'segment.add', id, values: { name: t('newSegment') } });
  if (result) useBoardView.getState().rename(id);
}

export function renameSegment(segment: Segment, name: string): void {
  const trimmed = name.trim();
  if (!trimmed || trimmed === segment.name) return;
  void dispatch({ type: 'segment.update', id: segment.id, patch: { name: trimmed } });
}

export function recolourSegment(segment: Segment, color: string): void {
  void dispatch({ type: 'segment.update', id: segment.id, patch: { color } });
}

/** Its accounts go back to Unassigned (in the same command); the toast offers Undo. */
export function deleteSegment(segment: Segment): void {
  void dispatchWithUndo({ type: 'segment.delete', ids: [segment.id] }, t('toast.segmentDeleted', { name: segment.name }));
}

export function moveSegment(segmentId: string, index: number): void {
  void dispatch({ type: 'segment.move', id: segmentId, index }, { optimistic: true });
}

/** The accepted suggestions, as one command: one undo step. */
export async function acceptSuggestions(moves: readonly SuggestedMove[]): Promise<boolean> {
  if (!moves.length) return true;
  const result = await dispatchWithUndo(
    { type: 'segment.acceptSuggestions', moves: moves.map((m) => ({ ...m })) },
    t('toast.suggestionsApplied', { count: moves.length }),
  );
  // The cards selected before were a choice about the board as it was; many cards just moved.
  if (result) useBoardView.getState().clearSelection();
  return !!result;
}
