import type { Envelope, SnapshotReply, WorkshopSnapshot } from '../../shared/api';

/**
 * The snapshot's envelope from what the bridge answered: the desktop bridge hands over the
 * envelope's UTF-8 JSON (one copy of bytes instead of structured clones of every record), the
 * browser's bridge the parsed envelope. Bytes that are not an envelope become a clear error.
 */
export function snapshotEnvelope(reply: SnapshotReply): Envelope<WorkshopSnapshot> {
  if (!ArrayBuffer.isView(reply)) return reply;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(reply)) as Envelope<WorkshopSnapshot> | null;
    if (parsed && typeof parsed.ok === 'boolean') return parsed;
  } catch {
    // judged below
  }
  return { ok: false, error: { code: 'internal', message: 'The workshop could not be read: its snapshot is not valid JSON' } };
}
