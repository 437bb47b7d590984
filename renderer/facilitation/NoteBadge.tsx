import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { anchorKey } from '../../shared/calc/notes';
import type { NoteAnchor } from '../../shared/records';
import { useRoute } from '../app/router';
import { useWorkshop } from '../state/workshopStore';
import { DotBadge } from './DotBadge';
import { useNotesPanel } from './notesPanel';
import './facilitation.css';

/**
 * The one hook a board renders on an item that can carry notes (a segment column, a motion, a
 * routes cell): the number of the board's notes stuck to it, which opens them. Nothing shows on
 * an item without notes, so boards keep their look and their tab order.
 */
export function NoteBadge({ anchor, label, tabIndex }: { anchor: NoteAnchor; label: string; tabIndex?: number }) {
  const { t } = useTranslation('facilitation');
  const route = useRoute();
  const board = route.view === 'workshop' ? route.board : null;
  const key = anchorKey(anchor);
  // A count, not the notes: the item re-renders only when its own number changes.
  const count = useWorkshop((s) => {
    let n = 0;
    for (const note of s.records.note.values()) if (note.board === board && anchorKey(note.anchor) === key) n += 1;
    return n;
  });
  // The item's dots in the vote on show sit beside its notes (one hook per item on every board).
  const dots = anchor.kind === 'record' ? <DotBadge itemId={anchor.id} label={label} /> : null;
  if (count === 0) return dots;
  return (
    <>
      {dots}
      <button
      type="button"
      className="note-badge"
      tabIndex={tabIndex}
      aria-label={t('notes.badge', { count, item: label })}
      title={t('notes.badge', { count, item: label })}
      onClick={(e) => {
        e.stopPropagation();
        useNotesPanel.getState().openFor(anchor);
      }}
    >
      <Icon name="note" size={14} /> {count}
      </button>
    </>
  );
}

/** "Add note…" for an item's context menu: opens the notes panel on that item. */
export function openNotesFor(anchor: NoteAnchor): void {
  useNotesPanel.getState().openFor(anchor);
}
