import { AppError } from '../../../shared/errors';
import type { HandlerGroup, ServiceContext } from '../context';
import { jsonWithRaw, type JsonParts } from '../../store/jsonParts';

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

/**
 * The same snapshot as `openWorkshop`, as the UTF-8 JSON a host sends (HTTP body, IPC bytes):
 * the records come straight from their rows' JSON (RecordRows.recordsJson), so opening a
 * workshop of 50,000 accounts neither parses nor re-serializes them. `recordCount` is how many
 * rows they were joined from; the page checks it read that many (see RecordRows.recordsJson on
 * `check`). The service's own parsed copy (for commands) is loaded after the page has its
 * snapshot, or by the first command.
 */
export function openWorkshopJson(ctx: ServiceContext, { workshopId, check }: { workshopId: string; check?: boolean }): JsonParts {
  const { store, changes } = ctx.library();
  const workshop = store.workshops.get(workshopId);
  if (!workshop) throw new AppError('not_found', `No workshop with id ${workshopId}`, { id: workshopId });
  // One synchronous read: the version, undo state and rows are of the same moment.
  const { json: records, count } = store.records.recordsJson(workshopId, check === true);
  const json = jsonWithRaw({ workshop, version: workshop.version, undo: store.history.state(workshopId), recordCount: count }, 'records', records);
  changes.warmSoon(workshopId);
  return json;
}
