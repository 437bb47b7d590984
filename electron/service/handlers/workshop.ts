import { AppError } from '../../../shared/errors';
import type { HandlerGroup } from '../context';

/** One workshop: its snapshot, and every change (dispatch, undo, redo) through the change path. */
export const workshopHandlers: HandlerGroup<'openWorkshop' | 'dispatch' | 'undo' | 'redo'> = (ctx) => ({
  openWorkshop: ({ workshopId }) => {
    const { store, changes } = ctx.library();
    const workshop = store.workshops.get(workshopId);
    if (!workshop) throw new AppError('not_found', `No workshop with id ${workshopId}`, { id: workshopId });
    return {
      workshop,
      version: workshop.version,
      records: [...changes.records(workshopId).values()],
      undo: store.history.state(workshopId),
    };
  },
  dispatch: ({ workshopId, command }) => ctx.library().changes.dispatch(workshopId, command),
  undo: ({ workshopId }) => ctx.library().changes.undo(workshopId),
  redo: ({ workshopId }) => ctx.library().changes.redo(workshopId),
});
