import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePanelFocus } from '../ui/returnFocus';
import { anchorKey, isAttached } from '../../shared/calc/notes';
import { sortByOrder } from '../../shared/order';
import { NOTE_COLORS, type AnyRecord, type BoardId, type NoteAnchor, type StickyNote } from '../../shared/records';
import { dispatch, dispatchWithUndo } from '../state/actions';
import { useWorkshop, type RecordsByType } from '../state/workshopStore';
import { Icon } from '../ui/Icon';
import { anchorLabel, sameAnchor } from './anchorLabel';
import { DotBadge } from './DotBadge';
import { NOTES_PANEL_ID, useNotesPanel } from './notesPanel';
import './facilitation.css';

const COLOR_NAMES = ['yellow', 'orange', 'green', 'blue', 'pink'] as const;

/** The items of a board a note can be stuck to from the panel (cards and cells have their own way in). */
function anchorOptions(board: BoardId, records: RecordsByType): { anchor: NoteAnchor; label: string }[] {
  const of = <T extends { id: string; order: string }>(map: ReadonlyMap<string, T>, name: (r: T) => string) =>
    sortByOrder([...map.values()]).map((r) => ({ anchor: { kind: 'record', id: r.id } as NoteAnchor, label: name(r) }));
  switch (board) {
    case 'agenda':
      return of(records.agendaItem, (r) => r.title);
    case 'segments':
      return of(records.segment, (r) => r.name);
    case 'coverage': {
      // A covered cell is a coverage record of the plan on show: a note can sit on "中型企业 · 行业团队".
      const active = records.settings.get('settings')?.activeScenarioId;
      const cells = [...records.coverage.values()]
        .filter((c) => c.scenarioId === active)
        .map((c) => ({ anchor: { kind: 'record', id: c.id } as NoteAnchor, label: anchorLabel({ kind: 'record', id: c.id }, records) ?? '?' }));
      return [...of(records.segment, (r) => r.name), ...of(records.motion, (r) => r.name), ...cells];
    }
    case 'opportunities':
      return [...records.opportunity.values()].map((o) => ({ anchor: { kind: 'record', id: o.id } as NoteAnchor, label: o.name }));
    case 'routes':
      return [...of(records.route, (r) => r.name), ...of(records.segment, (r) => r.name)];
    case 'method':
      return of(records.stage, (r) => r.name);
    default:
      return [];
  }
}

/**
 * The board's sticky notes: the room's remarks on the board or on one of its items, with colour
 * and author or group. Opened from the top bar (every note of the board) or from an item's badge
 * or menu (that item's notes, and new notes stick to it).
 */
export function NotesPanel({ board }: { board: BoardId }) {
  const { t } = useTranslation('facilitation');
  const open = useNotesPanel((s) => s.open);
  const focus = useNotesPanel((s) => s.anchor);
  const openFor = useNotesPanel((s) => s.openFor);
  const close = useNotesPanel((s) => s.close);
  const records = useWorkshop((s) => s.records);
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const [color, setColor] = useState<string>(NOTE_COLORS[0]);
  const [target, setTarget] = useState('board');
  const [editing, setEditing] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();

  // Opening puts the cursor in the text field; closing gives focus back where it was.
  usePanelFocus(open, textRef);
  useEffect(() => setTarget(anchorKey(focus)), [focus]);
  // The panel stays open from board to board (each shows its own notes); an item of the last board is no filter here.
  useEffect(() => {
    const state = useNotesPanel.getState();
    if (state.open && state.anchor) state.openFor(null);
  }, [board]);

  const options = useMemo(() => {
    const list = anchorOptions(board, records);
    // An item opened from its badge or menu (an account, a routes cell) is offered even when the list has no place for it.
    if (focus && !list.some((o) => sameAnchor(o.anchor, focus))) list.unshift({ anchor: focus, label: anchorLabel(focus, records) ?? '?' });
    return list;
  }, [board, records, focus]);
  const notes = useMemo(
    () => sortByOrder([...records.note.values()].filter((n) => n.board === board && (!focus || sameAnchor(n.anchor, focus)))),
    [records.note, board, focus],
  );

  if (!open) return null;

  const anchorOf = (key: string): NoteAnchor | null => options.find((o) => anchorKey(o.anchor) === key)?.anchor ?? null;
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const result = await dispatch({ type: 'note.add', values: { board, text: text.trim(), author: author.trim(), color, anchor: anchorOf(target) } });
    if (result) {
      setText('');
      textRef.current?.focus();
    }
  };
  const remove = (note: StickyNote) => void dispatchWithUndo({ type: 'note.delete', ids: [note.id] }, t('notes.deleted', { text: note.text }));
  const onPanelKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  const focusLabel = focus ? anchorLabel(focus, records) : null;
  const placeOf = (note: StickyNote) => {
    if (!note.anchor) return t('notes.onBoard');
    if (!isAttached(note, (id) => findRecord(records, id))) return t('notes.detached');
    return t('notes.on', { item: anchorLabel(note.anchor, records) ?? '?' });
  };

  return (
    <aside id={NOTES_PANEL_ID} className="parking-lot notes-panel" aria-labelledby={headingId} onKeyDown={onPanelKey}>
      <header className="parking-head">
        <h2 id={headingId}>{t('notes.title', { board: t(`common:boards.${board}`) })}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label={t('notes.close')} title={`${t('notes.close')} (Esc)`}>
          <Icon name="close" />
        </button>
      </header>
      {focus && (
        <p className="notes-focus small">
          {t('notes.only', { item: focusLabel ?? t('notes.detached') })}{' '}
          <button type="button" className="link-button" onClick={() => openFor(null)}>
            {t('notes.showAll')}
          </button>
        </p>
      )}
      <form className="parking-add" onSubmit={add}>
        <label className="field">
          <span>{t('notes.text')}</span>
          <textarea
            ref={textRef}
            rows={2}
            value={text}
            maxLength={2000}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Enter sticks the note, Shift+Enter is a new line (as in a chat box).
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </label>
        <div className="field-row">
          <label className="field">
            <span>{t('notes.author')}</span>
            <input value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('notes.stickTo')}</span>
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="board">{t('notes.onBoard')}</option>
              {options.map((o) => (
                <option key={anchorKey(o.anchor)} value={anchorKey(o.anchor)}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="note-colors">
          <legend>{t('notes.color')}</legend>
          {NOTE_COLORS.map((c, k) => (
            <label key={c} className="note-swatch" style={{ background: c }}>
              <input type="radio" name="note-color" value={c} checked={color === c} onChange={() => setColor(c)} />
              <span>{t(`notes.colors.${COLOR_NAMES[k]!}`)}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={!text.trim()}>
          {t('notes.add')}
        </button>
      </form>
      {notes.length === 0 ? (
        <p className="muted parking-empty">{t('notes.empty')}</p>
      ) : (
        <ul className="parking-list" aria-label={t('notes.listLabel')}>
          {notes.map((note) => (
            <li
              key={note.id}
              className="sticky-note"
              style={{ background: note.color }}
              aria-label={note.text}
              tabIndex={0}
              onKeyDown={(e) => {
                if (e.target === e.currentTarget && (e.key === 'Delete' || e.key === 'Backspace')) {
                  e.preventDefault();
                  remove(note);
                } else if (e.target === e.currentTarget && e.key === 'F2') {
                  e.preventDefault();
                  setEditing(note.id);
                }
              }}
            >
              <NoteText note={note} editing={editing === note.id} onDone={() => setEditing(null)} />
              <DotBadge itemId={note.id} label={note.text} board={board} />
              <p className="parking-meta small">
                {note.author && <span>{note.author}</span>}
                <span>{placeOf(note)}</span>
              </p>
              {editing !== note.id && (
                <button type="button" className="link-button small" onClick={() => setEditing(note.id)} aria-label={t('notes.edit', { text: note.text })} title={`${t('notes.edit', { text: note.text })} (F2)`}>
                  {t('notes.editShort')}
                </button>
              )}
              <button type="button" className="icon-button note-delete" onClick={() => remove(note)} aria-label={t('notes.delete', { text: note.text })} title={t('common:actions.delete')}>
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** A note's words, edited in place: Enter saves (one undoable step), Esc leaves them as they were. */
function NoteText({ note, editing, onDone }: { note: StickyNote; editing: boolean; onDone(): void }) {
  const { t } = useTranslation('facilitation');
  const [draft, setDraft] = useState(note.text);
  // Set by Esc (or a save) so the blur that follows as the field goes away saves nothing.
  const finished = useRef(false);
  useEffect(() => {
    setDraft(note.text);
    finished.current = false;
  }, [note.text, editing]);
  if (!editing) return <p className="parking-text">{note.text}</p>;
  const save = async () => {
    if (finished.current) return;
    finished.current = true;
    const text = draft.trim();
    if (text && text !== note.text) await dispatch({ type: 'note.update', id: note.id, patch: { text } });
    onDone();
  };
  return (
    <textarea
      className="note-edit"
      rows={2}
      autoFocus
      maxLength={2000}
      value={draft}
      aria-label={t('notes.editLabel')}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape') {
          // Esc cancels the edit only; the panel stays open.
          e.preventDefault();
          e.stopPropagation();
          finished.current = true;
          onDone();
        }
      }}
    />
  );
}

function findRecord(records: RecordsByType, id: string) {
  for (const map of Object.values(records) as ReadonlyMap<string, AnyRecord>[]) {
    const r = map.get(id);
    if (r) return r;
  }
  return undefined;
}
