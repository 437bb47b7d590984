import type { WorkshopInfo } from '../../shared/workshop';
import type { Store } from '../store';
import type { ServiceContext } from './context';

export type NewWorkshop = Pick<WorkshopInfo, 'name' | 'client' | 'language' | 'templateId'> & {
  /** When the workshop was first created (a file keeps its own); now when omitted. */
  createdAt?: string;
};

/**
 * Adds a workshop to the library with its first records — from a template, a copy, a workshop
 * file — in one transaction (the workshop row and every record, or nothing), with a fresh undo
 * history and version 0, then tells every window the library changed.
 */
export function addWorkshop(ctx: ServiceContext, fields: NewWorkshop, fill: (store: Store, workshopId: string) => void): WorkshopInfo {
  const { store } = ctx.library();
  const at = new Date(ctx.now()).toISOString();
  const info: WorkshopInfo = {
    id: ctx.newId(),
    name: fields.name,
    client: fields.client,
    language: fields.language,
    templateId: fields.templateId,
    version: 0,
    createdAt: fields.createdAt ?? at,
    updatedAt: at,
  };
  store.transaction(() => {
    store.workshops.insert(info);
    fill(store, info.id);
  });
  ctx.bus.emit({ kind: 'library' });
  return info;
}

/** Names of the workshops in the library now (for a new one's name not to repeat one). */
export function workshopNames(ctx: ServiceContext): string[] {
  return ctx.library().store.workshops.list().map((w) => w.name);
}
