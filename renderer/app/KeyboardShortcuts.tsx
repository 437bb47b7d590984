import { useEffect, useState } from 'react';
import { BOARD_IDS } from '../../shared/records';
import { navigate, parseHash } from './router';
import { isEditing } from './shortcuts';
import { ShortcutsSheet } from './ShortcutsSheet';

/**
 * The app-wide keys that are not menu actions: ? opens the shortcut sheet; Ctrl/Cmd+1…9 (or
 * Alt+1…9 outside a text field) open the board of that place in the board list.
 */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditing(e.target)) {
        e.preventDefault();
        setOpen(true);
        return;
      }
      const digit = /^Digit([1-9])$/.exec(e.code);
      const mod = e.ctrlKey || e.metaKey;
      if (!digit || e.shiftKey || (!mod && !e.altKey) || (mod && e.altKey) || (e.altKey && isEditing(e.target))) return;
      const route = parseHash(window.location.hash);
      const board = BOARD_IDS[Number(digit[1]) - 1];
      if (route.view !== 'workshop' || !board) return;
      e.preventDefault();
      navigate({ view: 'workshop', workshopId: route.workshopId, board });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <ShortcutsSheet onClose={() => setOpen(false)} /> : null;
}
