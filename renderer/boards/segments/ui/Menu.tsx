import { useEffect, type ReactNode } from 'react';
import { MenuItems, type MenuItem } from '../../../ui/MenuItems';
import { usePopover } from './usePopover';

/** A "⋯" menu button: the right-click menu's twin, by mouse or keyboard (arrows, Enter, Esc). */
export function Menu({ label, items, children }: { label: string; items: MenuItem[]; children: ReactNode }) {
  const { open, setOpen, close, trigger, popup, keyDown } = usePopover();
  useEffect(() => {
    if (open) popup.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, [open, popup]);
  return (
    <div className="seg-menu">
      <button
        ref={trigger}
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {children}
      </button>
      {open && (
        <div
          ref={popup}
          role="menu"
          aria-label={label}
          className="seg-popup"
          onKeyDown={keyDown('[role="menuitem"]:not(:disabled)')}
        >
          <MenuItems items={items} onPicked={close} />
        </div>
      )}
    </div>
  );
}
