import type { ChangeEvent } from '../../shared/events';
import type { Envelope } from '../../shared/api';
import { isReadOnlyMethod } from '../../shared/readOnlyMethods';
import type { Service } from './service';

export interface ReadOnlyScope {
  /** Only this workshop (share to the room); absent: any workshop (the projector window). */
  workshopId?: string;
}

function refusal(code: 'read_only' | 'forbidden', message: string, method: string): Envelope<never> {
  return { ok: false, error: { code, message, params: { method } } };
}

/** Whether a viewer sees an event: its workshop's changes and presence only, never the library. */
export function viewerSees(event: ChangeEvent, scope: ReadOnlyScope): boolean {
  if (event.kind !== 'change' && event.kind !== 'presence') return false;
  return scope.workshopId === undefined || event.workshopId === scope.workshopId;
}

/**
 * The service as a read-only viewer gets it (a projector window, a participant's phone): only the
 * methods in READ_ONLY_METHODS, only the scoped workshop, only its events. Hosts hand this to
 * viewer connections instead of the service, so a write can never reach a handler.
 */
export function readOnlyService(service: Service, scope: ReadOnlyScope = {}): Service {
  return {
    async call(method, args) {
      if (!isReadOnlyMethod(method)) return refusal('read_only', `"${method}" is not allowed for a read-only viewer`, method);
      const asked = (args as { workshopId?: unknown } | null)?.workshopId;
      if (scope.workshopId !== undefined && asked !== scope.workshopId) {
        return refusal('forbidden', 'Only the shared workshop can be read here', method);
      }
      return service.call(method, args);
    },
    subscribe: (listener) => service.subscribe((event) => {
      if (viewerSees(event, scope)) listener(event);
    }),
    // A viewer never closes the facilitator's service.
    close: () => undefined,
  };
}
