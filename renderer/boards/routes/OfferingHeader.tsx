import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offering } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { useBoardActions } from './boardContext';
import { Name } from '../../ui/Name';

interface OfferingHeaderProps {
  offering: Offering;
  r: number;
  c: number;
  active: boolean;
  first: boolean;
  last: boolean;
  renaming: boolean;
  onRenameDone(): void;
}

/** A column header: the offering type's name; F2 or double-click renames; ⋯ holds the column's actions. */
export const OfferingHeader = memo(function OfferingHeader({ offering, r, c, active, first, last, renaming, onRenameDone }: OfferingHeaderProps) {
  const { t } = useTranslation('routes');
  const actions = useBoardActions();
  const openMenu = (button: HTMLElement) => {
    const rect = button.getBoundingClientRect();
    actions.openMenu({
      label: t('menu.column', { name: offering.name }),
      x: rect.left,
      y: rect.bottom + 4,
      returnFocus: button,
      items: [
        { label: t('menu.rename'), hint: 'F2', run: () => actions.startRename(offering.id) },
        { label: t('menu.moveLeft'), hint: 'Alt+Shift+←', disabled: first, run: () => actions.moveOffering(offering.id, -1) },
        { label: t('menu.moveRight'), hint: 'Alt+Shift+→', disabled: last, run: () => actions.moveOffering(offering.id, 1) },
        { label: t('menu.deleteColumn'), hint: t('keys.delete'), danger: true, run: () => actions.deleteOffering(offering.id) },
      ],
    });
  };
  return (
    <th
      role="columnheader"
      scope="col"
      data-cell=""
      data-r={r}
      data-c={c}
      data-offering-id={offering.id}
      tabIndex={active ? 0 : -1}
      aria-label={offering.name}
      className="offering-header"
      onDoubleClick={() => actions.startRename(offering.id)}
      onContextMenu={(e) => {
        e.preventDefault();
        openMenu(e.currentTarget);
      }}
    >
      {renaming ? (
        <RenameInput offering={offering} onDone={onRenameDone} />
      ) : (
        <div className="header-line">
          <span className="header-name" title={offering.name}>
            <Name text={offering.name} />
          </span>
          <button
            type="button"
            className="icon-button"
            tabIndex={-1}
            aria-haspopup="menu"
            aria-label={t('menu.column', { name: offering.name })}
            title={t('menu.column', { name: offering.name })}
            onClick={(e) => openMenu(e.currentTarget)}
          >
            ⋯
          </button>
        </div>
      )}
    </th>
  );
});

/** Inline rename: Enter or leaving the field saves (one command), Esc keeps the old name. */
function RenameInput({ offering, onDone }: { offering: Offering; onDone(): void }) {
  const { t } = useTranslation('routes');
  const [value, setValue] = useState(offering.name);
  const [error, setError] = useState(false);
  const errorId = `rename-error-${offering.id}`;
  const save = async () => {
    const name = value.trim();
    if (name === '') {
      setError(true);
      return false;
    }
    if (name !== offering.name) await dispatch({ type: 'offering.update', id: offering.id, patch: { name } });
    onDone();
    return true;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      void save().then((ok) => ok && focusHeader(offering.id));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onDone();
      focusHeader(offering.id);
    }
  };
  return (
    <div className="rename">
      <input
        autoFocus
        value={value}
        maxLength={200}
        aria-label={t('renameColumn', { name: offering.name })}
        aria-invalid={error}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Leaving an empty name keeps the old one: a column always has a name.
          if (value.trim() === '') onDone();
          else void save();
        }}
      />
      {error && (
        <span id={errorId} role="alert" className="field-error">
          {t('nameRequired')}
        </span>
      )}
    </div>
  );
}

function focusHeader(offeringId: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`th[data-offering-id="${CSS.escape(offeringId)}"]`)?.focus());
}
