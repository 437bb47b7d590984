import { useEffect, useState } from 'react';
import { DEFAULT_PRESENCE, type Presence } from '../../shared/presence';
import { api } from '../api/client';

/**
 * What the facilitator shows, as the service says: read once on opening, then every presence
 * event. The projector never asks the facilitator's window anything.
 */
export function useFollowPresence(workshopId: string): Presence {
  const [presence, setPresence] = useState<Presence>(DEFAULT_PRESENCE);
  useEffect(() => {
    let live = true;
    let heard = false;
    const read = () => {
      heard = false;
      api.call('getPresence', { workshopId }).then(
        // An event that arrived meanwhile is newer than this answer.
        (p) => live && !heard && setPresence(p),
        (e: unknown) => console.warn('[salesmap] presence could not be read:', e),
      );
    };
    const stop = api.onEvent((e) => {
      // Back after a break: what the facilitator shows may have changed meanwhile.
      if (e.kind === 'reconnected') return read();
      if (e.kind !== 'presence' || e.workshopId !== workshopId) return;
      heard = true;
      setPresence(e.presence);
    });
    read();
    return () => {
      live = false;
      stop();
    };
  }, [workshopId]);
  return presence;
}
