import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { MenuItems, type MenuItem } from '../../ui/MenuItems';

export interface MenuRequest {
  label: string;
  items: MenuItem[];
  x: number;
  y: number;
  /** Where focus goes back to when the menu closes (the chip, the header button). */
  returnFocus: HTMLElement | null;
}

/**
 * A small context menu (right-click, or the ⋯ button): role="menu", arrow keys move, Enter picks,
 * Esc or a click elsewhere closes and gives focus back. Menus mirror keys and buttons; they never
 * hold the only way to do something.
 */
export function Menu({ request, onClose }: { request: MenuRequest; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    el?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const outside = (e: PointerEvent) => {
      if (el && !el.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', outside, true);
    return () => window.removeEventListener('pointerdown', outside, true);
  }, [onClose]);

  const close = () => {
    onClose();
    request.returnFocus?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      buttons[e.key === 'Home' ? 0 : buttons.length - 1]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  // Keep the menu on screen near the pointer or the button that opened it.
  const left = Math.max(8, Math.min(request.x, window.innerWidth - 280));
  const top = Math.max(8, Math.min(request.y, window.innerHeight - 48 * request.items.length - 16));
  return createPortal(
    <div ref={ref} className="routes-menu" role="menu" aria-label={request.label} style={{ left, top }} onKeyDown={onKeyDown}>
      <MenuItems items={request.items} onPicked={close} />
    </div>,
    document.body,
  );
}
