import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_IDS, PARKING_STATUSES, type BoardId, type ParkingItem, type ParkingStatus } from '../../shared/records';
import { dispatch } from '../state/actions';
import { Dialog } from '../ui/Dialog';
import { FormButtons, TextAreaField, TextField } from '../ui/Field';
import { changedFields, isEmptyPatch } from '../ui/patch';

/** Edit one parked question: its words, owner, status, board and the answer. One command on save. */
export function ParkingItemDialog({ item, onClose }: { item: ParkingItem; onClose(): void }) {
  const { t } = useTranslation('facilitation');
  const [opened] = useState(item);
  const [text, setText] = useState(item.text);
  const [owner, setOwner] = useState(item.owner);
  const [status, setStatus] = useState<ParkingStatus>(item.status);
  const [board, setBoard] = useState<BoardId | ''>(item.board ?? '');
  const [answer, setAnswer] = useState(item.answer);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Only the fields edited here: another window's change to another field stays.
    const patch = changedFields(opened, { text, owner, status, board: board === '' ? null : board, answer });
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'parking.update', id: item.id, patch });
    if (result) onClose();
  };

  return (
    <Dialog title={t('parking.dialogTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <TextField label={t('parking.question')} value={text} onChange={setText} required maxLength={2000} autoFocus />
        <TextField label={t('parking.owner')} value={owner} onChange={setOwner} maxLength={200} />
        <div className="field-row">
          <label className="field">
            <span>{t('parking.statusLabel')}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as ParkingStatus)}>
              {PARKING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`parking.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('parking.board')}</span>
            <select value={board} onChange={(e) => setBoard(e.target.value as BoardId | '')}>
              <option value="">{t('parking.noBoard')}</option>
              {BOARD_IDS.map((b) => (
                <option key={b} value={b}>
                  {t(`common:boards.${b}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <TextAreaField label={t('parking.answer')} value={answer} onChange={setAnswer} />
        <FormButtons cancel={t('common:actions.cancel')} submit={t('common:actions.save')} onCancel={onClose} disabled={!text.trim()} />
      </form>
    </Dialog>
  );
}
