import type { Envelope, SnapshotReply, WorkshopSnapshot } from '../../shared/api';
import { ApiError } from '../api/apiError';
import { snapshotEnvelope } from '../api/snapshotReply';
import { envelopeOfText, unreachableReply, type ReplyText } from '../api/transport';

/**
 * The snapshot request renderer/public/early-snapshot.js started before the app's code loaded:
 * an HTTP reply (read as text) in a browser, an envelope through the desktop bridge.
 */
interface EarlyRequest {
  workshopId: string;
  /** The browser's answer, its body read as it arrived. */
  body?: Promise<ReplyText>;
  /** The desktop bridge's answer: the envelope's JSON bytes (see SnapshotReply). */
  envelope?: Promise<SnapshotReply>;
}

declare global {
  interface Window {
    __salesmapEarly?: EarlyRequest;
  }
}

/** The early answer for this workshop, once; null when there is none (ask the service now). */
export function takeEarlySnapshot(workshopId: string): Promise<WorkshopSnapshot> | null {
  const early = window.__salesmapEarly;
  window.__salesmapEarly = undefined;
  if (!early || early.workshopId !== workshopId) return null;
  const envelope =
    early.envelope?.then(snapshotEnvelope) ??
    early.body
      ?.then(envelopeOfText, unreachableReply)
      .then((e) => snapshotEnvelope(e as Envelope<WorkshopSnapshot>));
  if (!envelope) return null;
  return envelope.then((e) => {
    if (!e.ok) throw new ApiError(e.error);
    return e.value as WorkshopSnapshot;
  });
}
