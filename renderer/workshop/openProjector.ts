import { projectorUrl } from '../../shared/projectorLink';
import { api } from '../api/client';
import { attempt } from '../ui/errors';

/**
 * "Present on second screen". In the desktop app the main process opens the projector window
 * (on the external display when there is one); in a browser a new window at the projector's own
 * address, opened with the read-only viewer token, never the facilitator's. Either way the two
 * windows never talk: both follow the service.
 */
export async function openProjector(workshopId: string): Promise<void> {
  if (api.openProjectorWindow) {
    await attempt(() => api.openProjectorWindow!(workshopId));
    return;
  }
  const access = await attempt(() => api.call('viewerAccess', {}));
  if (!access) return;
  // A named window: pressing the button again brings the same projector back, not a second one.
  window.open(projectorUrl(window.location.origin, access.token, workshopId), 'salesmap-projector', 'popup,noopener');
}
