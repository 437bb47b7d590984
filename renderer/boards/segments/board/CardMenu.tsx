import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/records';
import { useWorkshop } from '../../../state/workshopStore';
import { deleteAccounts, moveAccounts } from '../actions';
import { useBoardView } from '../state/boardView';
import { columnOf, columnsFor, keyOf, UNASSIGNED, type ColumnKey } from '../state/columns';
import { moveFocus } from '../ui/usePopover';
import { openNotesFor } from '../../../facilitation/NoteBadge';

export interface CardMenuAt {
  accountId: string;
  x: number;
  y: number;
}

/**
 * The right-click menu of a card (also Shift+F10 or the menu key): the toolbar's twins — edit,
 * move to a segment, delete — for the card, or for the selection when the card is in it.
 */
export function CardMenu({ at, segments, onClose }: { at: CardMenuAt; segments: readonly Segment[]; onClose(): void }) {
  const { t } = useTranslation('segments');
  const ref = useRef<HTMLDivElement>(null);
  const account = useWorkshop((s) => s.records.account.get(at.accountId));

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  if (!account) return null;
  const here = keyOf(account);
  const ids = (): string[] => {
    const selected = useBoardView.getState().selected;
    if (!selected.has(account.id)) return [account.id];
    const columns = columnsFor(useWorkshop.getState().records.account);
    return [UNASSIGNED, ...segments.map((s) => s.id)].flatMap((key) => columnOf(columns, key).filter((a) => selected.has(a.id)).map((a) => a.id));
  };
  const refocus = () => document.querySelector<HTMLElement>(`[data-account-id="${CSS.escape(account.id)}"]`)?.focus();
  const run = (action: () => void, keepFocus = true) => {
    onClose();
    action();
    if (keepFocus) requestAnimationFrame(refocus);
  };
  const targets: { key: ColumnKey; name: string }[] = [
    { key: UNASSIGNED, name: t('unassigned') },
    ...segments.map((s) => ({ key: s.id, name: s.name })),
  ].filter((c) => c.key !== here);
  // Keep the menu on screen near the pointer.
  const left = Math.min(at.x, window.innerWidth - 280);
  const top = Math.min(at.y, window.innerHeight - 60 - (targets.length + 3) * 40);

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={t('cardMenu.label', { name: account.name })}
      className="seg-popup seg-card-menu"
      style={{ left, top: Math.max(8, top) }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
          refocus();
        } else if (e.key === 'Tab') {
          e.preventDefault();
        } else if (moveFocus(ref.current, '[role="menuitem"]', e.key)) {
          e.preventDefault();
        }
      }}
    >
      <button type="button" role="menuitem" onClick={() => run(() => useBoardView.getState().editAccount(account.id), false)}>
        <span>{t('cardMenu.edit')}</span>
        <kbd>Enter</kbd>
      </button>
      {targets.map((c) => (
        <button key={c.key || 'unassigned'} type="button" role="menuitem" onClick={() => run(() => moveAccounts(ids(), c.key, Number.MAX_SAFE_INTEGER))}>
          <span>{t('cardMenu.moveTo', { name: c.name })}</span>
        </button>
      ))}
      <button type="button" role="menuitem" onClick={() => run(() => openNotesFor({ kind: 'record', id: account.id }), false)}>
        <span>{t('facilitation:notes.addFor')}</span>
      </button>
      <button type="button" role="menuitem" className="danger-text" onClick={() => run(() => deleteAccounts(ids()), false)}>
        <span>{t('cardMenu.delete')}</span>
        <kbd>Delete</kbd>
      </button>
    </div>
  );
}
