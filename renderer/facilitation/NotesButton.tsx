import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { useRoute } from '../app/router';
import { useWorkshop } from '../state/workshopStore';
import { NOTES_PANEL_ID, useNotesPanel } from './notesPanel';

/** The top bar's way to the board's sticky notes, with how many the board has. */
export function NotesButton() {
  const { t } = useTranslation('facilitation');
  const route = useRoute();
  const board = route.view === 'workshop' ? route.board : null;
  const open = useNotesPanel((s) => s.open);
  const toggle = useNotesPanel((s) => s.toggle);
  const count = useWorkshop((s) => {
    let n = 0;
    for (const note of s.records.note.values()) if (note.board === board) n += 1;
    return n;
  });
  return (
    <button
      type="button"
      onClick={toggle}
      aria-expanded={open}
      aria-controls={NOTES_PANEL_ID}
      title={count > 0 ? t('notes.buttonCount', { count }) : t('notes.button')}
    >
      {/* The name is what it shows ("便签 2"): the count badge is read as part of it. */}
      <Icon name="note" /> {t('notes.button')}
      {count > 0 && <span className="count-badge"> {count}</span>}
    </button>
  );
}
