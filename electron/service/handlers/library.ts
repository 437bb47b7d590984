import { AppError } from '../../../shared/errors';
import type { WorkshopInfo } from '../../../shared/workshop';
import { unusedWorkshopName } from '../../../shared/workshopNames';
import { addWorkshop, workshopNames } from '../addWorkshop';
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
      const template = ctx.templates.pick(templateId, language);
      return addWorkshop(ctx, { name, client, language, templateId }, (store, id) => store.records.insertAll(id, template.records));
    },

    renameWorkshop: ({ workshopId, name, client }) => {
      const { store } = ctx.library();
      const w = need(workshopId);
      store.workshops.rename(workshopId, name, client ?? w.client, stamp());
      changed();
      return need(workshopId);
    },

    duplicateWorkshop: ({ workshopId, name }) => {
      const source = need(workshopId);
      // The copy starts with the source's records and a fresh undo history.
      return addWorkshop(
        ctx,
        { client: source.client, language: source.language, templateId: source.templateId, name: name ?? unusedWorkshopName(source.name, workshopNames(ctx)) },
        (store, id) => store.records.copyAll(source.id, id),
      );
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
