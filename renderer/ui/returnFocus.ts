import { useEffect, type RefObject } from 'react';

/**
 * Where the focus goes back to when something that took it (a dialog) goes away: the element
 * that had it, or, when that element was re-rendered or removed meanwhile (a card moved or
 * edited, a menu item whose menu closed), the element that now stands for the same thing:
 * the same card (data-account-id, data-focus-key, id) or the button of the menu it came from.
 * Focus is only moved when it would otherwise fall to the page itself.
 */
const KEYS = ['data-account-id', 'data-focus-key', 'id'] as const;

function selectorFor(el: Element | null): string | null {
  if (!el) return null;
  for (const key of KEYS) {
    const value = el.getAttribute(key);
    if (value) return `[${key}="${CSS.escape(value)}"]`;
  }
  return null;
}

export function focusKeeper(active: Element | null): { restore(): void } {
  const opener = active instanceof HTMLElement && active !== document.body ? active : null;
  const same = selectorFor(opener);
  // Opened from a menu: the menu closes first, so its button is the way back.
  const menuButton = opener?.closest('[role="menu"]') ? document.querySelector<HTMLElement>('[aria-haspopup][aria-expanded="true"]') : null;
  const menuSelector = selectorFor(menuButton);
  return {
    restore() {
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        const candidates = [
          opener?.isConnected ? opener : null,
          same ? document.querySelector<HTMLElement>(same) : null,
          menuButton?.isConnected ? menuButton : null,
          menuSelector ? document.querySelector<HTMLElement>(menuSelector) : null,
        ];
        candidates.find((el) => el && !el.closest('[inert], dialog:not([open])'))?.focus();
      });
    },
  };
}

/**
 * A side panel's focus: opening puts it on `first` (the panel's first field); closing gives it
 * back as a dialog does (focusKeeper), so panels and dialogs return focus by one rule.
 */
export function usePanelFocus(open: boolean, first: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return;
    const keeper = focusKeeper(document.activeElement);
    first.current?.focus();
    return () => keeper.restore();
  }, [open, first]);
}
