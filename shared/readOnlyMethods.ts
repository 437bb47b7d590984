import type { ApiMethod } from './apiMethods';

/**
 * The API methods a read-only viewer may call: the projector window and the room's devices
 * (share to the room). Data, not a rule spread over handlers: every host checks a viewer's call
 * against this list before the service sees it, and a unit test keeps it to methods that write
 * nothing. Deliberately short: a participant's phone reads the shared workshop and what the
 * facilitator shows (`getPresence`), never the library (other clients' workshops), the app's
 * folders (`appInfo`) or exports.
 */
export const READ_ONLY_METHODS = ['openWorkshop', 'getPresence'] as const satisfies readonly ApiMethod[];
export type ReadOnlyMethod = (typeof READ_ONLY_METHODS)[number];

export function isReadOnlyMethod(method: string): method is ReadOnlyMethod {
  return (READ_ONLY_METHODS as readonly string[]).includes(method);
}
