import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/records';
import { useRecordMap } from '../../../state/selectors';
import { useWorkshop } from '../../../state/workshopStore';
import { deleteAccounts, moveAccounts } from '../actions';
import { useBoardView } from '../state/boardView';
import { columnOf, columnsFor, UNASSIGNED, type ColumnKey } from '../state/columns';

/**
 * Shown while cards are selected: how many, and the toolbar twins of drag and Delete
 * ("Move to…" puts them at the end of the chosen column, one command).
 */
export const SelectionBar = memo(function SelectionBar({ segments }: { segments: readonly Segment[] }) {
  const { t } = useTranslation('segments');
  const selected = useBoardView((s) => s.selected);
  const accounts = useRecordMap('account');
  const count = [...selected].filter((id) => accounts.has(id)).length;
  if (!count) return null;
  const order: ColumnKey[] = [UNASSIGNED, ...segments.map((s) => s.id)];
  const inBoardOrder = () => {
    const columns = columnsFor(useWorkshop.getState().records.account);
    return order.flatMap((key) => columnOf(columns, key).filter((a) => selected.has(a.id)).map((a) => a.id));
  };
  return (
    <div className="seg-selection" role="group" aria-label={t('selection.label')}>
      <strong>{t('selection.count', { count })}</strong>
      <select
        aria-label={t('selection.moveTo')}
        value="-"
        onChange={(e) => {
          const key = e.target.value === 'unassigned' ? UNASSIGNED : e.target.value;
          moveAccounts(inBoardOrder(), key, Number.MAX_SAFE_INTEGER);
        }}
      >
        <option value="-" disabled>
          {t('selection.moveTo')}
        </option>
        <option value="unassigned">{t('unassigned')}</option>
        {segments.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="button" className="danger-text" onClick={() => deleteAccounts(inBoardOrder())}>
        {t('selection.delete')}
      </button>
      <button type="button" onClick={() => useBoardView.getState().clearSelection()}>
        {t('selection.clear')}
      </button>
      {/* Where a sighted user looks once a card is selected: how to select more by keyboard. */}
      <span className="seg-selection-hint">{t('selection.hint')}</span>
    </div>
  );
});
