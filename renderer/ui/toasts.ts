import { create } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** e.g. "Undo" after a delete. */
  action?: { label: string; run(): void };
  /** How many times in a row the same message came ("Undone ×3" after three Ctrl+Z). */
  count: number;
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id' | 'count'>): void;
  dismiss(id: number): void;
}

let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

/** The same words, tone and button: a repeat of the toast on screen, not a new one. */
const sameAs = (a: Toast, b: Omit<Toast, 'id' | 'count'>) => a.text === b.text && a.tone === b.tone && a.action?.label === b.action?.label;

/**
 * Short messages at the edge ("Deleted · Undo"); they leave on their own after a few seconds. A
 * message repeated while it is still shown counts up on the same toast and stays a little longer,
 * like PowerPoint's status line, instead of stacking copies over the board.
 */
export const useToasts = create<ToastState>((set, get) => {
  const expire = (toast: Toast) => {
    clearTimeout(timers.get(toast.id));
    timers.set(
      toast.id,
      setTimeout(() => get().dismiss(toast.id), toast.tone === 'error' ? 8000 : 5000),
    );
  };
  return {
    toasts: [],
    show: (toast) => {
      const shown = get().toasts;
      const last = shown[shown.length - 1];
      if (last && sameAs(last, toast)) {
        // The newest Undo button runs the newest action.
        const repeated = { ...last, ...toast, count: last.count + 1 };
        set({ toasts: [...shown.slice(0, -1), repeated] });
        expire(repeated);
        return;
      }
      const added = { ...toast, id: nextId++, count: 1 };
      for (const gone of shown.slice(0, -2)) clearTimeout(timers.get(gone.id));
      set({ toasts: [...shown.slice(-2), added] });
      expire(added);
    },
    dismiss: (id) => {
      clearTimeout(timers.get(id));
      timers.delete(id);
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    },
  };
});

export const toast = (text: string, action?: Toast['action']) => useToasts.getState().show({ text, tone: 'info', ...(action ? { action } : {}) });
export const toastError = (text: string) => useToasts.getState().show({ text, tone: 'error' });
