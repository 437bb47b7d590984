import { useEffect, useId, useRef, type ReactNode } from 'react';
import { focusKeeper } from './returnFocus';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons row; the form submit button should be type="submit" inside `children`'s form. */
  footer?: ReactNode;
  wide?: boolean;
}

/**
 * A modal on the native <dialog>: focus is trapped by the browser, Esc closes, and the title
 * names it for screen readers. React removes the element before the browser could hand focus
 * back, so the dialog does: to the control that opened it (or the card it is about).
 */
export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    const keeper = focusKeeper(document.activeElement);
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      keeper.restore();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // A file picker closed without a choice fires a bubbling 'cancel' too: only Esc on the dialog closes it.
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-footer">{footer}</div>}
    </dialog>
  );
}
