import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Open/close state of a small popup (menu, colour palette) anchored to a trigger button: a click
 * elsewhere or Esc closes it, and Esc gives the focus back to the trigger.
 */
export function usePopover<T extends HTMLElement = HTMLButtonElement>() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<T>(null);
  const popup = useRef<HTMLDivElement>(null);
  const close = useCallback((refocus = true) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  }, []);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!popup.current?.contains(t) && !trigger.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  /** The popup's keys: Esc closes (focus back on the trigger), Tab leaves, arrows move among `items`. */
  const keyDown = useCallback(
    (items: string) => (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      } else if (e.key === 'Tab') {
        close(false);
      } else if (moveFocus(popup.current, items, e.key)) {
        e.preventDefault();
      }
      // Keys inside the popup never reach the board's own shortcuts.
      e.stopPropagation();
    },
    [close],
  );
  return { open, setOpen, close, trigger, popup, keyDown };
}

/** Arrow-key focus movement among the popup's items (menus and radio groups alike). */
export function moveFocus(container: HTMLElement | null, selector: string, key: string): boolean {
  if (!container) return false;
  const items = [...container.querySelectorAll<HTMLElement>(selector)];
  if (!items.length) return false;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    key === 'ArrowDown' || key === 'ArrowRight'
      ? (at + 1) % items.length
      : key === 'ArrowUp' || key === 'ArrowLeft'
        ? (at - 1 + items.length) % items.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? items.length - 1
            : -1;
  if (next < 0) return false;
  items[next]!.focus();
  return true;
}
