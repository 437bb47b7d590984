import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addMinutes } from '../../../shared/commands/agenda';
import { questionOf, type AgendaItem } from '../../../shared/records';
import { hrefFor } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { ROVING_ITEM } from '../../ui/roving';

interface RowProps {
  item: AgendaItem;
  workshopId: string;
  running: boolean;
  /** 0, or -1 for the blocks a read-only agenda's roving tab stop is not on (ui/roving). */
  tabIndex: 0 | -1;
  onEdit(item: AgendaItem): void;
  onDelete(item: AgendaItem): void;
  onStart(item: AgendaItem): void;
}

/** One block of the day. The handle drags (mouse, touch, keyboard); Enter edits, Delete deletes. */
export const AgendaRow = memo(function AgendaRow({ item, workshopId, running, tabIndex, onEdit, onDelete, onStart }: RowProps) {
  const { t } = useTranslation('agenda');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const style = { transform: CSS.Translate.toString(transform), transition };
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
    <li
      ref={setNodeRef}
      style={style}
      className={`agenda-row${running ? ' is-running' : ''}${isDragging ? ' is-dragging' : ''}`}
      aria-label={item.title}
      aria-current={running ? 'step' : undefined}
      data-present-key={`agenda:${item.id}`}
      tabIndex={tabIndex}
      {...{ [ROVING_ITEM]: item.id }}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onEdit(item)}
    >
      <button type="button" ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners} aria-label={t('moveItem', { title: item.title })}>
        <Icon name="grip" />
      </button>
      <span className="agenda-time">{t('span', { start: item.start, end: addMinutes(item.start, item.duration) })}</span>
      <span className="agenda-title">
        {item.title}
        {running && <span className="badge">{t('running')}</span>}
      </span>
      <span className="agenda-duration">{t('common:minutes', { count: item.duration })}</span>
      <span className="agenda-board">
        {item.board ? (
          // Named by what it shows (the question and the board), as voice control expects; the arrow is decoration.
          <a href={hrefFor({ view: 'workshop', workshopId, board: item.board })} title={t('goToBoard', { board: t(`common:boards.${item.board}`) })}>
            {questionOf(item.board) && <span className="agenda-question">{t(`common:questions.${questionOf(item.board)}`)} · </span>}
            {t(`common:boards.${item.board}`)}
            <span aria-hidden="true"> →</span>
          </a>
        ) : (
          <span className="muted">—</span>
        )}
      </span>
      <span className="row-actions">
        <button type="button" data-timer-start="" onClick={() => onStart(item)} aria-label={t('startTimer', { title: item.title })} title={t('common:timer.start')}>
          <Icon name="play" />
        </button>
        <button type="button" onClick={() => onEdit(item)} aria-label={t('editItem', { title: item.title })} title={t('common:actions.edit')}>
          <Icon name="edit" />
        </button>
        <button type="button" onClick={() => onDelete(item)} aria-label={t('deleteItem', { title: item.title })} title={t('common:actions.delete')}>
          <Icon name="close" />
        </button>
      </span>
    </li>
  );
});
