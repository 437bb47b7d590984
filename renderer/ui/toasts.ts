import { create } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** e.g. "Undo" after a delete. */
  action?: { label: string; run(): void };
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Short messages at the bottom ("Deleted · Undo"); they leave on their own after a few seconds. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-2), { ...toast, id }] });
    setTimeout(() => get().dismiss(id), toast.tone === 'error' ? 8000 : 5000);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const toast = (text: string, action?: Toast['action']) => useToasts.getState().show({ text, tone: 'info', ...(action ? { action } : {}) });
export const toastError = (text: string) => useToasts.getState().show({ text, tone: 'error' });
