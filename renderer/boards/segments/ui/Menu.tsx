import { useEffect, type ReactNode } from 'react';
import { moveFocus, usePopover } from './usePopover';

export interface MenuItem {
  label: string;
  /** Shortcut shown at the right ("F2"); the shortcut itself works on the focused element. */
  hint?: string;
  danger?: boolean;
  disabled?: boolean;
  run(): void;
}

/** A "⋯" menu button: the right-click menu's twin, by mouse or keyboard (arrows, Enter, Esc). */
export function Menu({ label, items, children }: { label: string; items: MenuItem[]; children: ReactNode }) {
  const { open, setOpen, close, trigger, popup } = usePopover();
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
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
            } else if (e.key === 'Tab') {
              close(false);
            } else if (moveFocus(popup.current, '[role="menuitem"]:not(:disabled)', e.key)) {
              e.preventDefault();
            }
            e.stopPropagation();
          }}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className={item.danger ? 'danger-text' : undefined}
              disabled={item.disabled}
              onClick={() => {
                close();
                item.run();
              }}
            >
              <span>{item.label}</span>
              {item.hint && <kbd>{item.hint}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
