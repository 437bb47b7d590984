import { createHash } from 'node:crypto';
import type { ChangeEvent } from '../../shared/events';
import type { Envelope } from '../../shared/api';
import { isReadOnlyMethod } from '../../shared/readOnlyMethods';
import { mayHideVotes, RoomVotes, roomSnapshot } from './hiddenVotes';
import type { Service } from './service';

export interface ReadOnlyScope {
  /** Only this workshop (share to the room); absent: any workshop (the projector window). */
  workshopId?: string;
  /**
   * The room's voting-only permission: a viewer may also cast ballots (`dispatch` of
   * `vote.ballot` and nothing else) in the scoped workshop. Only with a workshopId.
   */
  voting?: boolean;
}

/** The one write a voting viewer may make. */
export const BALLOT_COMMAND = 'vote.ballot';

/**
 * A device's ballot key as stored: a hash of the secret the phone keeps. The workshop's records
 * reach every viewer, so the stored key must not be the secret itself — another phone could then
 * cast over someone else's ballot.
 */
export function ballotKeyOf(secret: string): string {
  return createHash('sha256').update(`salesmap-ballot:${secret}`).digest('base64url');
}

/** A voting viewer's dispatch, made safe: only a ballot, in the scoped workshop, under its hashed key. */
function ballotCall(args: unknown, scope: ReadOnlyScope): unknown | null {
  const a = args as { workshopId?: unknown; command?: { type?: unknown; ballot?: unknown } } | null;
  if (!scope.voting || !scope.workshopId || a?.workshopId !== scope.workshopId) return null;
  const command = a.command;
  if (!command || command.type !== BALLOT_COMMAND || typeof command.ballot !== 'string' || !/^[A-Za-z0-9_-]{16,128}$/.test(command.ballot)) return null;
  return { workshopId: scope.workshopId, command: { ...command, ballot: ballotKeyOf(command.ballot) } };
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
  /** What the viewer may run: the call to forward, or the refusal it gets instead. */
  const gate = (method: string, args: unknown): { method: string; args: unknown } | Envelope<never> => {
    if (method === 'dispatch' && scope.voting) {
      const ballot = ballotCall(args, scope);
      if (!ballot) return refusal('read_only', 'The room may only cast ballots in an open vote here', method);
      return { method, args: ballot };
    }
    if (!isReadOnlyMethod(method)) return refusal('read_only', `"${method}" is not allowed for a read-only viewer`, method);
    const asked = (args as { workshopId?: unknown } | null)?.workshopId;
    if (scope.workshopId !== undefined && asked !== scope.workshopId) {
      return refusal('forbidden', 'Only the shared workshop can be read here', method);
    }
    return { method, args };
  };
  // The room's devices (one workshop shared) get hidden votes masked; the projector window is the
  // facilitator's own screen and shows only what the boards show anyway.
  const room = scope.workshopId !== undefined ? new RoomVotes(service, scope.workshopId) : null;
  return {
    async call(method, args) {
      const allowed = gate(method, args);
      if ('ok' in allowed) return allowed;
      const reply = await service.call(allowed.method, allowed.args);
      return room && method === 'openWorkshop' ? roomSnapshot(reply) : reply;
    },
    async callJson(method, args) {
      const allowed = gate(method, args);
      if ('ok' in allowed) return new TextEncoder().encode(JSON.stringify(allowed));
      const bytes = await service.callJson(allowed.method, allowed.args);
      // The stored rows as they are, unless a vote in them hides its results: then parsed and masked.
      if (!room || method !== 'openWorkshop' || !mayHideVotes(bytes)) return bytes;
      return new TextEncoder().encode(JSON.stringify(roomSnapshot(await service.call(allowed.method, allowed.args))));
    },
    subscribe: (listener) => (room ?? service).subscribe((event) => {
      if (viewerSees(event, scope)) listener(event);
    }),
    // A viewer never closes the facilitator's service: only what it follows of it.
    close: () => room?.dispose(),
  };
}
