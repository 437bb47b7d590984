import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_IDS, type AgendaItem, type BoardId } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { changedFields, isEmptyPatch } from '../../ui/patch';
import { FormButtons, TextAreaField, TextField } from '../../ui/Field';

/** Edit one block: title, start, duration, the board it works on, notes. One command on save. */
export function AgendaItemDialog({ item, onClose }: { item: AgendaItem; onClose(): void }) {
  const { t } = useTranslation('agenda');
  // The record as it was when the dialog opened: the fields that differ from it are the user's edits.
  const [opened] = useState(item);
  const [title, setTitle] = useState(item.title);
  const [start, setStart] = useState(item.start);
  const [duration, setDuration] = useState(String(item.duration));
  const [board, setBoard] = useState<BoardId | ''>(item.board ?? '');
  const [notes, setNotes] = useState(item.notes);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Only what was edited here: a change another window made meanwhile to another field stays.
    const patch = changedFields(opened, { title, start, duration: Number(duration), board: board === '' ? null : board, notes });
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'agenda.update', id: item.id, patch });
    if (result) onClose();
  };

  return (
    <Dialog title={t('dialog.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <TextField label={t('dialog.itemTitle')} value={title} onChange={setTitle} required maxLength={200} autoFocus />
        <div className="field-row">
          <TextField label={t('dialog.start')} type="time" value={start} onChange={setStart} required />
          <TextField label={t('dialog.duration')} type="number" min={1} max={1440} step={1} value={duration} onChange={setDuration} required />
        </div>
        <p className="muted small">{t('dialog.cascadeHint')}</p>
        <label className="field">
          <span>{t('dialog.board')}</span>
          <select value={board} onChange={(e) => setBoard(e.target.value as BoardId | '')}>
            <option value="">{t('noBoard')}</option>
            {BOARD_IDS.filter((b) => b !== 'agenda').map((b) => (
              <option key={b} value={b}>
                {t(`common:boards.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <TextAreaField label={t('dialog.notes')} value={notes} onChange={setNotes} />
        <FormButtons cancel={t('common:actions.cancel')} submit={t('common:actions.save')} onCancel={onClose} disabled={!title.trim()} />
      </form>
    </Dialog>
  );
}
