import type { ChangeEvent } from '../../shared/events';

export type Listener = (event: ChangeEvent) => void;

/** Fans change events out to every window and browser client. A failing listener is dropped. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ChangeEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch {
        this.listeners.delete(l);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
