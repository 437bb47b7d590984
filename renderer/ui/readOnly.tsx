import { createContext, useContext, type ButtonHTMLAttributes, type CSSProperties, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import './readOnly.css';
import type { SensorDescriptor, SensorOptions } from '@dnd-kit/core';

/**
 * Read-only boards: the projector view (always) and present mode (the board as the room sees it).
 * Boards consult `useReadOnly()` for what they render; `ReadOnlyBoard` wraps a board so that
 * what a board does not gate (a double click, a key, a right click) cannot start an edit either,
 * and its CSS (present.css) hides the editing controls. The facilitator's normal view is never
 * read-only. Writes from a projector are refused by the service too: this is the view's half.
 */
const ReadOnlyContext = createContext(false);

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

const NO_SENSORS: SensorDescriptor<SensorOptions>[] = [];

/** A board's drag sensors, or none on a read-only board: nothing can be picked up. */
export function useEditingSensors(sensors: SensorDescriptor<SensorOptions>[]): SensorDescriptor<SensorOptions>[] {
  return useReadOnly() ? NO_SENSORS : sensors;
}

/** Keys that edit on the boards (open, rename, delete, pick up, add): a read-only board ignores them. */
const EDIT_KEYS = new Set(['Enter', ' ', 'F2', 'Delete', 'Backspace', 'Insert']);

/** A control that changes nothing of the workshop (retry loading a board) opts out with `data-read-only-allowed`. */
const stop = (e: SyntheticEvent) => {
  if (!(e.target as Element | null)?.closest?.('[data-read-only-allowed]')) e.stopPropagation();
};

export function ReadOnlyBoard({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  // The same element either way (display: contents), so entering present mode never remounts the board.
  return (
    <ReadOnlyContext.Provider value={readOnly}>
      {/* Capture phase: the board's own handlers never see an editing gesture. Focus still moves
          (that is what the projector highlights), so focus by mouse and Tab passes. */}
      <div
        className="read-only-board"
        data-read-only={readOnly ? 'true' : undefined}
        {...(readOnly
          ? {
              onKeyDownCapture: (e: KeyboardEvent) => {
                if (EDIT_KEYS.has(e.key) || ((e.ctrlKey || e.metaKey) && ['x', 'v', 'd'].includes(e.key.toLowerCase()))) stop(e);
              },
              onDoubleClickCapture: stop,
              onContextMenuCapture: stop,
              onPointerDownCapture: stop,
              onMouseDownCapture: stop,
              onTouchStartCapture: stop,
              onClickCapture: stop,
            }
          : {})}
      >
        {children}
      </div>
    </ReadOnlyContext.Provider>
  );
}

/**
 * What a board shows as a button while editing (a chip that opens or drags, a badge that adds),
 * shown as plain content on a read-only board: the same look (class, style), the same words for
 * screen readers, no button and no tab stop.
 */
export function AsContent({ className, style, label, title, presentKey, children }: { className: string; style?: CSSProperties; label?: string; title?: string; presentKey?: string; children: ReactNode }) {
  return (
    <span className={`${className} as-content`} style={style} title={title} data-present-key={presentKey}>
      {label ? <span aria-hidden="true">{children}</span> : children}
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}

/**
 * A button that acts on what it shows (a gap badge that adds a route, a finding that jumps to its
 * cell): a button while editing, only its content on a read-only board. Its action words
 * (aria-label: "add a route") go with the button; the visible text stays.
 */
export function ContentButton({ className, style, title, children, ...button }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const readOnly = useReadOnly();
  if (readOnly) {
    return (
      <span className={`${className ?? ''} as-content`} style={style} title={title}>
        {children}
      </span>
    );
  }
  return (
    <button type="button" className={className} style={style} title={title} {...button}>
      {children}
    </button>
  );
}
