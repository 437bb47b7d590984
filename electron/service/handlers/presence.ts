import { AppError } from '../../../shared/errors';
import { DEFAULT_PRESENCE, type Presence } from '../../../shared/presence';
import type { HandlerGroup } from '../context';

const samePanel = (a: Presence['panel'], b: Presence['panel']) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const same = (a: Presence, b: Presence) =>
  a.board === b.board && a.step === b.step && a.highlight === b.highlight && a.blank === b.blank && a.presenting === b.presenting && samePanel(a.panel, b.panel) && (a.zoom ?? 1) === (b.zoom ?? 1);

/**
 * The facilitator's presentation state, per workshop, in memory. Not a record: it is not the
 * workshop's content, so it never enters the undo history, never bumps the version and is not
 * saved (after a restart nobody is presenting). Changes are broadcast like every change, so the
 * projector follows the facilitator and no window calls another.
 */
export const presenceHandlers: HandlerGroup<'getPresence' | 'setPresence'> = (ctx) => {
  const byWorkshop = new Map<string, Presence>();
  const known = (workshopId: string) => {
    if (!ctx.library().store.workshops.get(workshopId)) {
      throw new AppError('not_found', `No workshop with id ${workshopId}`, { id: workshopId });
    }
  };
  return {
    getPresence: ({ workshopId }) => {
      known(workshopId);
      return byWorkshop.get(workshopId) ?? DEFAULT_PRESENCE;
    },
    setPresence: ({ workshopId, presence }) => {
      known(workshopId);
      const before = byWorkshop.get(workshopId) ?? DEFAULT_PRESENCE;
      if (!same(before, presence)) {
        byWorkshop.set(workshopId, presence);
        ctx.bus.emit({ kind: 'presence', workshopId, presence });
      }
      return presence;
    },
  };
};
