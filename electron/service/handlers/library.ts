import { AppError } from '../../../shared/errors';
import type { WorkshopInfo } from '../../../shared/workshop';
import type { HandlerGroup } from '../context';

/** The workshop library: list, create from a template, rename, duplicate, delete. */
export const libraryHandlers: HandlerGroup<
  'listTemplates' | 'listWorkshops' | 'createWorkshop' | 'renameWorkshop' | 'duplicateWorkshop' | 'deleteWorkshop'
> = (ctx) => {
  const need = (id: string): WorkshopInfo => {
    const w = ctx.library().store.workshops.get(id);
    if (!w) throw new AppError('not_found', `No workshop with id ${id}`, { id });
    return w;
  };
  const stamp = () => new Date(ctx.now()).toISOString();
  const changed = () => ctx.bus.emit({ kind: 'library' });

  return {
    listTemplates: () => ctx.templates.list(),

    listWorkshops: () => ctx.library().store.workshops.list(),

    createWorkshop: ({ name, client, language, templateId }) => {
      const { store } = ctx.library();
      const template = ctx.templates.pick(templateId, language);
      const at = stamp();
      const info: WorkshopInfo = { id: ctx.newId(), name, client, language, templateId, version: 0, createdAt: at, updatedAt: at };
      store.transaction(() => {
        store.workshops.insert(info);
        store.records.insertAll(info.id, template.records);
      });
      changed();
      return info;
    },

    renameWorkshop: ({ workshopId, name, client }) => {
      const { store } = ctx.library();
      const w = need(workshopId);
      store.workshops.rename(workshopId, name, client ?? w.client, stamp());
      changed();
      return need(workshopId);
    },

    duplicateWorkshop: ({ workshopId, name }) => {
      const { store } = ctx.library();
      const source = need(workshopId);
      const at = stamp();
      const copy: WorkshopInfo = {
        ...source,
        id: ctx.newId(),
        name: name ?? `${source.name} (2)`,
        version: 0,
        createdAt: at,
        updatedAt: at,
      };
      // The copy starts with the source's records and a fresh undo history.
      store.transaction(() => {
        store.workshops.insert(copy);
        store.records.copyAll(source.id, copy.id);
      });
      changed();
      return copy;
    },

    deleteWorkshop: ({ workshopId }) => {
      const { store, changes } = ctx.library();
      need(workshopId);
      store.transaction(() => store.workshops.delete(workshopId));
      changes.forget(workshopId);
      changed();
      return { deleted: true as const };
    },
  };
};
