import { AppError } from '../../../shared/errors';
import type { HandlerGroup } from '../context';

/** Share to the room, and the projector window's read-only token. */
export const shareHandlers: HandlerGroup<'viewerAccess' | 'startSharing' | 'stopSharing' | 'sharingStatus'> = (ctx) => ({
  viewerAccess: () => ({ token: ctx.viewerToken }),
  startSharing: ({ workshopId, voting }) => {
    if (!ctx.library().store.workshops.get(workshopId)) {
      throw new AppError('not_found', `No workshop with id ${workshopId}`, { id: workshopId });
    }
    return ctx.share.start(workshopId, voting ?? false);
  },
  stopSharing: () => ctx.share.stop(),
  sharingStatus: () => ctx.share.status(),
});
