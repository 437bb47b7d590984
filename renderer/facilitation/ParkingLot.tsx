import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePanelFocus } from '../ui/returnFocus';
import { PARKING_STATUSES, type BoardId, type ParkingItem, type ParkingStatus } from '../../shared/records';
import { dispatch, dispatchWithUndo } from '../state/actions';
import { useOrdered } from '../state/selectors';
import { Icon } from '../ui/Icon';
import { ParkingItemDialog } from './ParkingItemDialog';
import { PARKING_PANEL_ID, useParkingLot } from './parkingPanel';
import './facilitation.css';

/**
 * The parking lot (停车场): questions the room parks to come back to, one list per workshop,
 * a panel over the right edge of every board (F8 or the top bar's button). Not modal: the board
 * stays usable behind it, so a question can be parked mid-discussion and the room carries on.
 */
export function ParkingLot({ board }: { board: BoardId }) {
  const { t } = useTranslation('facilitation');
  const open = useParkingLot((s) => s.open);
  const close = useParkingLot((s) => s.close);
  const items = useOrdered('parkingItem');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [editing, setEditing] = useState<ParkingItem | null>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  // Opening puts the cursor in the text field; closing gives focus back where it was.
  usePanelFocus(open, textRef);

  if (!open) return null;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const result = await dispatch({ type: 'parking.add', values: { text: text.trim(), owner: owner.trim(), status: 'open', board, answer: '' } });
    if (result) {
      setText('');
      setOwner('');
      textRef.current?.focus();
    }
  };
  const remove = (item: ParkingItem) => void dispatchWithUndo({ type: 'parking.delete', ids: [item.id] }, t('parking.deleted', { text: item.text }));
  const setStatus = (item: ParkingItem, status: ParkingStatus) => void dispatch({ type: 'parking.update', id: item.id, patch: { status } });
  const onPanelKey = (e: KeyboardEvent<HTMLElement>) => {
    // Esc closes the panel (and is not also "end the show" in present mode).
    if (e.key === 'Escape' && !editing) {
      e.preventDefault();
      close();
    }
  };
  const openCount = items.filter((i) => i.status === 'open').length;

  return (
    <aside id={PARKING_PANEL_ID} className="parking-lot" aria-labelledby={headingId} onKeyDown={onPanelKey}>
      <header className="parking-head">
        <h2 id={headingId}>
          <Icon name="parking" /> {t('parking.title')}
        </h2>
        <span className="muted small">{t('parking.openCount', { count: openCount })}</span>
        <button type="button" className="icon-button" onClick={close} aria-label={t('parking.close')} title={`${t('parking.close')} (Esc)`}>
          <Icon name="close" />
        </button>
      </header>
      <form className="parking-add" onSubmit={add}>
        <label className="field">
          <span>{t('parking.question')}</span>
          <input ref={textRef} value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} placeholder={t('parking.questionHint')} />
        </label>
        <label className="field">
          <span>{t('parking.owner')}</span>
          <input value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} />
        </label>
        <button type="submit" className="primary" disabled={!text.trim()}>
          {t('parking.add')}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="muted parking-empty">{t('parking.empty')}</p>
      ) : (
        <ul className="parking-list" aria-label={t('parking.listLabel')}>
          {items.map((item) => (
            <ParkingRow key={item.id} item={item} onEdit={setEditing} onDelete={remove} onStatus={setStatus} />
          ))}
        </ul>
      )}
      {editing && <ParkingItemDialog item={editing} onClose={() => setEditing(null)} />}
    </aside>
  );
}

function ParkingRow({
  item,
  onEdit,
  onDelete,
  onStatus,
}: {
  item: ParkingItem;
  onEdit(item: ParkingItem): void;
  onDelete(item: ParkingItem): void;
  onStatus(item: ParkingItem, status: ParkingStatus): void;
}) {
  const { t } = useTranslation('facilitation');
  // Enter or F2 edits, Delete deletes (undoable), as on every board's cards.
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      onEdit(item);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onDelete(item);
    }
  };
  return (
    <li className={`parking-item status-${item.status}`} aria-label={item.text} tabIndex={0} onKeyDown={onKeyDown} onDoubleClick={() => onEdit(item)}>
      <p className="parking-text">{item.text}</p>
      <p className="parking-meta muted small">
        {item.board && <span>{t(`common:boards.${item.board}`)}</span>}
        {item.owner && <span>{t('parking.ownerIs', { owner: item.owner })}</span>}
      </p>
      {item.answer && <p className="parking-answer small">{item.answer}</p>}
      <div className="parking-actions">
        <select
          value={item.status}
          onChange={(e) => onStatus(item, e.target.value as ParkingStatus)}
          aria-label={t('parking.statusOf', { text: item.text })}
        >
          {PARKING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`parking.status.${s}`)}
            </option>
          ))}
        </select>
        <button type="button" className="icon-button" onClick={() => onEdit(item)} aria-label={t('parking.edit', { text: item.text })} title={t('common:actions.edit')}>
          <Icon name="edit" />
        </button>
        <button type="button" className="icon-button" onClick={() => onDelete(item)} aria-label={t('parking.delete', { text: item.text })} title={t('common:actions.delete')}>
          <Icon name="close" />
        </button>
      </div>
    </li>
  );
}
