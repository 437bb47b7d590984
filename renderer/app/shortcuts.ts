import { ROVING_LIST } from '../ui/roving';
import type { MenuAction } from '../../shared/menu';

/** True when typing should keep its own meaning (Ctrl+Z in a text box undoes the typing). */
export function isEditing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/**
 * A commit-on-Enter field (what-if numbers, funnel inputs) whose text is what is stored: Ctrl+Z
 * there means "undo my change to the workshop", not "undo typing" (which would only change the
 * text and then commit the old value as a new change). Such fields carry data-commit-field and
 * data-dirty while the text differs from the record.
 */
export function isCommitted(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.hasAttribute?.('data-commit-field') && el.getAttribute('data-dirty') !== 'true';
}

/**
 * Esc belongs to an open dialog, menu, a card being moved or a list's selection before it ends
 * present mode. A list that only roves (present mode's read-only columns, ui/roving) selects
 * nothing, so Esc there ends the show as from anywhere else.
 */
export function isEscapeTaken(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open], [role="menu"], [aria-pressed="true"]')) return true;
  const el = target as HTMLElement | null;
  return isEditing(el) || !!el?.closest?.(`dialog, [role="menu"], [role="listbox"]:not([${ROVING_LIST}])`);
}

/** The app-wide shortcuts, as the menu actions they mirror (Electron's menu sends the same). */
export function shortcutFor(e: KeyboardEvent): MenuAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && key === 'y') return 'redo';
  // Ctrl/Cmd+E: the Export menu; Ctrl/Cmd+P: the report, printed (never the browser's print of a board).
  if (mod && !e.altKey && !e.shiftKey && key === 'e') return 'export';
  if (mod && !e.altKey && !e.shiftKey && key === 'p') return 'print';
  // F5 or Ctrl/Cmd+Enter (presentation software's keys) start present mode.
  if (e.key === 'F5' || (mod && !e.altKey && !e.shiftKey && e.key === 'Enter')) return 'present';
  // F8: the parking lot, from every board (no board or browser binding uses it).
  if (e.key === 'F8' && !mod && !e.altKey) return 'parkingLot';
  return null;
}

export type ReportSource = 'menu' | 'keyboard';
let last: { action: MenuAction; source: ReportSource; at: number } | null = null;

/**
 * Electron's menu and the page's keydown may both report one key press. A report of the same
 * action from the *other* source within a moment is that same press and is ignored; presses from
 * one source are never merged, so Ctrl+Z Ctrl+Z quickly still undoes twice.
 */
export function firstReport(action: MenuAction, source: ReportSource, now = performance.now()): boolean {
  const echo = last !== null && last.action === action && last.source !== source && now - last.at < 150;
  last = { action, source, at: now };
  return !echo;
}
