import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/**
 * A roving tabindex for a board's lists of cards (present mode, the projector view, and the
 * laptop's opportunity stages): a list of cards is one Tab stop, as a WAI-ARIA listbox or grid is,
 * instead of one stop per card (a funnel of six stages of cards was dozens of Tabs to cross). The card last visited keeps the
 * stop, so Tab out and Shift+Tab back lands on it; ↑ ↓ move within the list, Home / End to its
 * ends, and ← → to the next list of the same group (side-by-side columns: `ROVING_GROUP` on their
 * container). The cards keep their roles and names: only their tabindex roves.
 *
 * The stop follows its card by id, so a change to the workshop that re-renders the list keeps it
 * (and the focus, which stays on the same element); a card that disappears while it has the focus
 * hands it to the card now in its place (or the new last one; the next list's stop when it was
 * the list's only card).
 */
export const ROVING_LIST = 'data-roving-list';
export const ROVING_ITEM = 'data-roving-id';
export const ROVING_GROUP = 'data-roving-group';

const ITEM = `[${ROVING_ITEM}]`;
const LIST = `[${ROVING_LIST}]`;

/** Spread on the focusable element of an item: its id for the list, and its tabindex (0 for the one stop). */
export interface RovingItemProps {
  [ROVING_ITEM]: string;
  tabIndex: 0 | -1;
}

export interface RovingList {
  /** Spread on the list's element (the one `ref` points to). */
  listProps: {
    [ROVING_LIST]: '';
    onKeyDown(e: KeyboardEvent<HTMLElement>): void;
    onFocus(e: FocusEvent<HTMLElement>): void;
    onBlur(e: FocusEvent<HTMLElement>): void;
  };
  itemProps(id: string): RovingItemProps;
}

export function useRovingList(list: RefObject<HTMLElement | null>, ids: readonly string[]): RovingList {
  // The item with the stop and where it was: a card gone from the list gives its place to the next.
  const [active, setActive] = useState<{ id: string; index: number } | null>(null);
  // Its place follows the list (cards added or removed above it), as React's "state from the
  // previous render": set while rendering, so the place is right when the card itself goes.
  const at = active === null ? -1 : ids.indexOf(active.id);
  if (active !== null && at >= 0 && at !== active.index) setActive({ id: active.id, index: at });
  const stop = active === null ? (ids[0] ?? null) : at >= 0 ? active.id : (ids[Math.min(active.index, ids.length - 1)] ?? null);
  // The item that has the focus now (null when the focus is elsewhere), to hand it on if it goes.
  const focused = useRef<string | null>(null);

  useLayoutEffect(() => {
    const gone = focused.current;
    if (gone === null || ids.includes(gone)) return;
    focused.current = null;
    const el = list.current;
    // Only when the focus went with the card (to the page itself): never take it from where it moved.
    if (!el || (document.activeElement && document.activeElement !== document.body)) return;
    (el.querySelector<HTMLElement>(`${ITEM}[${ROVING_ITEM}="${CSS.escape(stop ?? '')}"]`) ?? neighbourStop(el))?.focus();
  }, [ids, list, stop]);

  const onFocus = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>(ITEM);
      const id = item?.getAttribute(ROVING_ITEM);
      if (!item || !id || !e.currentTarget.contains(item)) return;
      focused.current = id;
      const index = Math.max(0, ids.indexOf(id));
      setActive((a) => (a?.id === id && a.index === index ? a : { id, index }));
    },
    [ids],
  );
  // A blur to another element clears `focused`; a card removed while focused fires no blur (or
  // fires it detached), which is the case the effect above hands on.
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).isConnected && !e.currentTarget.contains(e.relatedTarget as Node | null)) focused.current = null;
  };
  return {
    listProps: { [ROVING_LIST]: '', onKeyDown: rovingKeyDown, onFocus, onBlur },
    itemProps: (id: string) => ({ [ROVING_ITEM]: id, tabIndex: id === stop ? 0 : -1 }),
  };
}

/** A list left empty: the stop of the next list of its group that has one (else the one before). */
function neighbourStop(list: HTMLElement): HTMLElement | null {
  const lists = [...(list.closest(`[${ROVING_GROUP}]`)?.querySelectorAll<HTMLElement>(LIST) ?? [])];
  const at = lists.indexOf(list);
  const order = [...lists.slice(at + 1), ...lists.slice(0, Math.max(at, 0)).reverse()];
  for (const other of order) {
    const stop = other.querySelector<HTMLElement>(`${ITEM}[tabindex="0"]`);
    if (stop) return stop;
  }
  return null;
}

/** The keys a roving list takes for itself at `target` (present mode's arrows leave them to it). */
export function rovingKeyTaken(target: EventTarget | null, key: string): boolean {
  const el = target as HTMLElement | null;
  if (!el?.closest?.(LIST) || !el.closest(ITEM)) return false;
  if (key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End') return true;
  return (key === 'ArrowLeft' || key === 'ArrowRight') && !!el.closest(`[${ROVING_GROUP}]`);
}

/** ↑ ↓ Home End within the list; ← → to the nearest list of the group that has items, at the same place. */
function rovingKeyDown(e: KeyboardEvent<HTMLElement>): void {
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || !rovingKeyTaken(e.target, e.key)) return;
  // A card picked up with Space (dnd-kit marks it pressed) moves with the arrows: they are its drag's.
  if ((e.target as HTMLElement).closest('[aria-pressed="true"]')) return;
  const item = (e.target as HTMLElement).closest<HTMLElement>(ITEM)!;
  const list = e.currentTarget;
  const items = [...list.querySelectorAll<HTMLElement>(ITEM)];
  const at = items.indexOf(item);
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowUp') next = items[at - 1];
  else if (e.key === 'ArrowDown') next = items[at + 1];
  else if (e.key === 'Home') next = items[0];
  else if (e.key === 'End') next = items[items.length - 1];
  else {
    const lists = [...list.closest(`[${ROVING_GROUP}]`)!.querySelectorAll<HTMLElement>(LIST)];
    const step = e.key === 'ArrowLeft' ? -1 : 1;
    for (let i = lists.indexOf(list) + step; i >= 0 && i < lists.length && !next; i += step) {
      const there = [...lists[i]!.querySelectorAll<HTMLElement>(ITEM)];
      next = there[Math.min(at, there.length - 1)];
    }
  }
  // At an end the key does nothing (and goes nowhere else: it was the list's).
  e.preventDefault();
  e.stopPropagation();
  next?.focus();
}
