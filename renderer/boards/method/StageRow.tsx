import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/records';
import { Icon } from '../../ui/Icon';
import { ROVING_ITEM } from '../../ui/roving';

interface StageRowProps {
  stage: Stage;
  position: number;
  /** 0, or -1 for the stages a read-only list's roving tab stop is not on (ui/roving). */
  tabIndex: 0 | -1;
  warning: string | null;
  onEdit(stage: Stage): void;
  onDelete(stage: Stage): void;
}

/** One stage of the common sales language: number, name, win %, and how you know it is done. */
export const StageRow = memo(function StageRow({ stage, position, tabIndex, warning, onEdit, onDelete }: StageRowProps) {
  const { t } = useTranslation('method');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id });
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      onEdit(stage);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onDelete(stage);
    }
  };
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`stage-row${isDragging ? ' is-dragging' : ''}`}
      aria-label={stage.name}
      tabIndex={tabIndex}
      {...{ [ROVING_ITEM]: stage.id }}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onEdit(stage)}
    >
      <button type="button" ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners} aria-label={t('stages.move', { name: stage.name })}>
        <Icon name="grip" />
      </button>
      <span className="stage-number">{t('stages.number', { n: position })}</span>
      <span className="stage-name">{stage.name}</span>
      <span className="stage-probability" aria-label={`${t('stages.probability')} ${stage.probability} %`}>
        {stage.probability} %
      </span>
      <span className="stage-outcome">{stage.outcome}</span>
      <span className="row-actions">
        <button type="button" onClick={() => onEdit(stage)} aria-label={t('stages.edit', { name: stage.name })} title={t('common:actions.edit')}>
          <Icon name="edit" />
        </button>
        <button type="button" onClick={() => onDelete(stage)} aria-label={t('stages.delete', { name: stage.name })} title={t('common:actions.delete')}>
          <Icon name="close" />
        </button>
      </span>
      {warning && (
        <p className="warning stage-warning">
          <Icon name="warning" size={16} /> {warning}
        </p>
      )}
    </li>
  );
});
