import { useCallback, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useWorkshop } from '../../../state/workshopStore';
import { addAccount, deleteAccounts, moveAccounts, moveSegment } from '../actions';
import { announce } from '../state/announcer';
import { useBoardView } from '../state/boardView';
import { columnOf, keyOf, type ColumnKey } from '../state/columns';
import { useDrag, type CardDrag, type ColumnDrag } from '../state/dragState';
import type { CardMenuAt } from './CardMenu';
import { columnHandle } from './columnRegistry';
import { cardForKey, focusCard, focusColumnTitle } from './focus';
import { columnMoveIndex, currentTarget, isNoOp, movingIds, stayingIn, stepTarget, type MoveKey } from './moveLogic';
import { cardsName, columnName } from './speech';
import type { BoardSnapshot } from './usePointerDrag';

const MOVE_KEYS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

const accountOf = (id: string) => useWorkshop.getState().records.account.get(id);

/** The selected ids in board order (what Delete and a drag act on). */
function selectionInOrder(snap: BoardSnapshot): string[] {
  const selected = useBoardView.getState().selected;
  const out: string[] = [];
  for (const key of snap.columnOrder) for (const a of columnOf(snap.columns, key)) if (selected.has(a.id)) out.push(a.id);
  return out;
}

/** Ids of a column from index a to b inclusive (either order): a Shift range. */
function rangeIds(list: readonly { id: string }[], a: number, b: number): string[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return list.slice(lo, hi + 1).map((x) => x.id);
}

/**
 * Keyboard and clicks on the board, delegated from the columns' container (cards register no
 * handlers, so they need no callback props). The keyboard move is dnd-kit-free on purpose:
 * Space picks up the focused card (or the selection), arrows move the drop line between
 * positions and columns, Space drops with the same `account.move` a mouse drop sends, Esc
 * cancels; every step is announced with the card's and the segment's names.
 */
export function useBoardKeys(board: RefObject<BoardSnapshot>, openMenu: (at: CardMenuAt) => void) {
  const lastDrag = useRef(0);

  const startCardMove = useCallback((snap: BoardSnapshot, leadId: string) => {
    const lead = accountOf(leadId);
    if (!lead) return;
    const ids = movingIds(leadId, useBoardView.getState().selected, snap.columns, snap.columnOrder);
    const idSet = new Set(ids);
    const columns = new Set(ids.map((id) => keyOf(accountOf(id) ?? lead)));
    useDrag.getState().startCards({ via: 'keyboard', ids, columns, lead: leadId, from: keyOf(lead) }, currentTarget(snap.columns, lead, idSet));
    announce(snap.t('dnd.pickedUp', { name: cardsName(snap, ids, leadId), segment: columnName(snap, keyOf(lead)) }));
  }, []);

  const cardMoveKey = useCallback((e: KeyboardEvent, snap: BoardSnapshot, drag: CardDrag) => {
    const target = useDrag.getState().cardTarget;
    if (!target) return;
    const name = cardsName(snap, drag.ids, drag.lead);
    const countIn = (column: ColumnKey) => stayingIn(columnOf(snap.columns, column), column, drag) + drag.ids.length;
    if (MOVE_KEYS.has(e.key)) {
      const next = stepTarget(target, e.key as MoveKey, snap.columns, snap.columnOrder, drag.idSet);
      useDrag.getState().setCardTarget(next);
      const list = columnOf(snap.columns, next.column);
      if (list.length) columnHandle(next.column)?.scrollToIndex(Math.min(next.visual, list.length - 1));
      announce(snap.t('dnd.over', { name, segment: columnName(snap, next.column), position: next.index + 1, count: countIn(next.column) }));
    } else if (e.key === ' ' || e.key === 'Enter') {
      useDrag.getState().end();
      if (!isNoOp(snap.columns, drag.ids, target)) moveAccounts(drag.ids, target.column, target.index);
      announce(snap.t('dnd.dropped', { name, segment: columnName(snap, target.column), position: target.index + 1, count: countIn(target.column) }));
      focusCard(target.column, drag.lead, target.index + drag.ids.indexOf(drag.lead));
    } else if (e.key === 'Escape') {
      useDrag.getState().end();
      announce(snap.t('dnd.cancelled', { name }));
    } else if (e.key !== 'Tab') {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }, []);

  const columnMoveKey = useCallback((e: KeyboardEvent, snap: BoardSnapshot, drag: ColumnDrag) => {
    const gap = useDrag.getState().columnTarget ?? drag.from;
    const count = snap.segmentIds.length;
    const index = columnMoveIndex(gap, drag.from) ?? drag.from;
    const name = columnName(snap, drag.segmentId);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End') {
      const want =
        e.key === 'Home' ? 0 : e.key === 'End' ? count - 1 : Math.max(0, Math.min(count - 1, index + (e.key === 'ArrowLeft' ? -1 : 1)));
      useDrag.getState().setColumnTarget(want > drag.from ? want + 1 : want);
      announce(snap.t('dnd.columnOver', { name, position: want + 1, count }));
    } else if (e.key === ' ' || e.key === 'Enter') {
      useDrag.getState().end();
      if (index !== drag.from) moveSegment(drag.segmentId, index);
      announce(snap.t('dnd.columnDropped', { name, position: index + 1, count }));
      focusColumnTitle(drag.segmentId);
    } else if (e.key === 'Escape') {
      useDrag.getState().end();
      announce(snap.t('dnd.columnCancelled', { name }));
    } else if (e.key !== 'Tab' && e.key !== 'ArrowUp' && e.key !== 'ArrowDown') {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }, []);

  const cardKey = useCallback(
    (e: KeyboardEvent, snap: BoardSnapshot, id: string) => {
      const account = accountOf(id);
      if (!account) return;
      const column = keyOf(account);
      const list = columnOf(snap.columns, column);
      const i = list.findIndex((a) => a.id === id);
      const mod = e.ctrlKey || e.metaKey;
      const view = useBoardView.getState();
      const go = (j: number, shift = false) => {
        const k = Math.max(0, Math.min(list.length - 1, j));
        const next = list[k];
        if (!next) return;
        if (shift) {
          const anchorAt = list.findIndex((a) => a.id === view.anchor);
          const from = anchorAt >= 0 ? anchorAt : i;
          view.select(rangeIds(list, from, k), 'replace', list[from]!.id);
        }
        focusCard(column, next.id, k, { now: true });
      };
      const handle = columnHandle(column);
      const page = handle ? Math.max(1, Math.floor((handle.list()?.clientHeight ?? 0) / handle.geometry().row) - 1) : 5;
      switch (e.key) {
        case 'ArrowUp':
          go(i - 1, e.shiftKey);
          break;
        case 'ArrowDown':
          go(i + 1, e.shiftKey);
          break;
        case 'PageUp':
          go(i - page, e.shiftKey);
          break;
        case 'PageDown':
          go(i + page, e.shiftKey);
          break;
        case 'Home':
          go(0, e.shiftKey);
          break;
        case 'End':
          go(list.length - 1, e.shiftKey);
          break;
        case 'ArrowLeft':
        case 'ArrowRight': {
          // The nearest column on that side that has cards, at the same height where it can.
          const step = e.key === 'ArrowLeft' ? -1 : 1;
          for (let c = snap.columnOrder.indexOf(column) + step; c >= 0 && c < snap.columnOrder.length; c += step) {
            const key = snap.columnOrder[c]!;
            const other = columnOf(snap.columns, key);
            if (!other.length) continue;
            const k = Math.min(i, other.length - 1);
            focusCard(key, other[k]!.id, k, { now: true });
            break;
          }
          break;
        }
        case ' ':
          if (mod) view.select([id], 'toggle');
          else startCardMove(snap, id);
          break;
        case 'Enter':
        case 'F2':
          view.editAccount(id);
          break;
        case 'ContextMenu':
        case 'F10': {
          if (e.key === 'F10' && !e.shiftKey) return;
          const r = (e.target as HTMLElement).getBoundingClientRect();
          openMenu({ accountId: id, x: r.left + 24, y: r.top + r.height / 2 });
          break;
        }
        case 'Delete':
        case 'Backspace': {
          const ids = view.selected.has(id) ? selectionInOrder(snap) : [id];
          const staying = list.filter((a) => !ids.includes(a.id));
          deleteAccounts(ids);
          const next = staying[Math.min(i, staying.length - 1)];
          if (next) focusCard(column, next.id, staying.indexOf(next));
          break;
        }
        case 'Escape':
          if (!view.selected.size) return;
          view.clearSelection();
          break;
        case 'a':
        case 'A':
          if (!mod) return;
          view.select(
            list.map((a) => a.id),
            'replace',
            id,
          );
          break;
        default:
          return;
      }
      e.preventDefault();
      e.stopPropagation();
    },
    [startCardMove, openMenu],
  );

  const titleKey = useCallback((e: KeyboardEvent, snap: BoardSnapshot, segmentId: string) => {
    const view = useBoardView.getState();
    if (e.key === 'F2') view.rename(segmentId);
    else if (e.key === 'Enter') view.editSegment(segmentId);
    else if (e.key === ' ') {
      const from = snap.segmentIds.indexOf(segmentId);
      if (from < 0) return;
      useDrag.getState().startColumn({ via: 'keyboard', segmentId, from });
      announce(snap.t('dnd.columnPickedUp', { name: columnName(snap, segmentId), position: from + 1, count: snap.segmentIds.length }));
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const snap = board.current;
      if (!snap) return;
      const drag = useDrag.getState().drag;
      if (drag?.via === 'keyboard') {
        if (drag.kind === 'card') cardMoveKey(e, snap, drag);
        else columnMoveKey(e, snap, drag);
        return;
      }
      if (drag) return; // a pointer drag: dnd-kit handles Esc
      const el = e.target as HTMLElement;
      const card = el.dataset.accountId;
      if (card) return cardKey(e, snap, cardForKey(card));
      const title = el.dataset.columnTitle;
      if (title) titleKey(e, snap, title);
    },
    [board, cardKey, cardMoveKey, columnMoveKey, titleKey],
  );

  /** A keyboard move ends if the focus leaves the board (a click elsewhere, Alt+Tab). */
  const onBlur = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const drag = useDrag.getState().drag;
      if (drag?.via !== 'keyboard') return;
      if (e.relatedTarget && e.currentTarget.contains(e.relatedTarget as Node)) return;
      useDrag.getState().end();
      const snap = board.current;
      if (snap) announce(snap.t('dnd.cancelledShort'));
    },
    [board],
  );

  /** Click selects (Ctrl toggles, Shift selects a range in the column); empty space clears. */
  const onClick = useCallback(
    (e: MouseEvent<HTMLElement>) => {
      const snap = board.current;
      if (!snap || performance.now() - lastDrag.current < 50) return;
      const el = e.target as HTMLElement;
      if (el.closest('button, input, select, textarea, a, [role="menu"], [role="radiogroup"]')) return;
      const slot = el.closest<HTMLElement>('[data-account-id]');
      const view = useBoardView.getState();
      if (!slot) {
        if (el.closest('[data-column-list]')) view.clearSelection();
        return;
      }
      const id = slot.dataset.accountId!;
      const account = accountOf(id);
      if (!account) return;
      const column = keyOf(account);
      view.setActive(column, id);
      const mod = e.ctrlKey || e.metaKey;
      if (e.shiftKey) {
        const list = columnOf(snap.columns, column);
        const anchorAt = list.findIndex((a) => a.id === view.anchor);
        const at = list.findIndex((a) => a.id === id);
        view.select(rangeIds(list, anchorAt >= 0 ? anchorAt : at, at), mod ? 'add' : 'replace', view.anchor ?? id);
      } else if (mod) view.select([id], 'toggle');
      else view.select([id], 'replace');
    },
    [board],
  );

  /** Double-click: a card opens its editor; empty column space adds a card there. */
  const onDoubleClick = useCallback((e: MouseEvent<HTMLElement>) => {
    const el = e.target as HTMLElement;
    if (el.closest('button, input, select, textarea, a, header')) return;
    const slot = el.closest<HTMLElement>('[data-account-id]');
    if (slot) {
      useBoardView.getState().editAccount(slot.dataset.accountId!);
      return;
    }
    const list = el.closest<HTMLElement>('[data-column-list]');
    if (list) void addAccount(list.dataset.columnList!);
  }, []);

  const noteDragEnd = useCallback(() => {
    lastDrag.current = performance.now();
  }, []);

  return { onKeyDown, onBlur, onClick, onDoubleClick, noteDragEnd };
}
