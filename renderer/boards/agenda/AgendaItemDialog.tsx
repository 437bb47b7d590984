import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_IDS, type AgendaItem, type BoardId } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';

/** Edit one block: title, start, duration, the board it works on, notes. One command on save. */
export function AgendaItemDialog({ item, onClose }: { item: AgendaItem; onClose(): void }) {
  const { t } = useTranslation('agenda');
  const [title, setTitle] = useState(item.title);
  const [start, setStart] = useState(item.start);
  const [duration, setDuration] = useState(String(item.duration));
  const [board, setBoard] = useState<BoardId | ''>(item.board ?? '');
  const [notes, setNotes] = useState(item.notes);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await dispatch({
      type: 'agenda.update',
      id: item.id,
      patch: { title, start, duration: Number(duration), board: board === '' ? null : board, notes },
    });
    if (result) onClose();
  };

  return (
    <Dialog title={t('dialog.title')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('dialog.itemTitle')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} autoFocus />
        </label>
        <div className="field-row">
          <label className="field">
            <span>{t('dialog.start')}</span>
            <input type="time" value={start} onChange={(e) => setStart(e.target.value)} required />
          </label>
          <label className="field">
            <span>{t('dialog.duration')}</span>
            <input type="number" min={1} max={1440} step={1} value={duration} onChange={(e) => setDuration(e.target.value)} required />
          </label>
        </div>
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
        <label className="field">
          <span>{t('dialog.notes')}</span>
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} maxLength={20000} />
        </label>
        <div className="dialog-footer">
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!title.trim()}>
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
