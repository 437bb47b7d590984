import type { Envelope, SnapshotReply, WorkshopSnapshot } from '../../shared/api';
import { ApiError, isUnreadableReply, unreadableReply } from './apiError';

/**
 * The snapshot's envelope from what the bridge answered: the desktop bridge hands over the
 * envelope's UTF-8 JSON (one copy of bytes instead of structured clones of every record), the
 * browser's bridge the parsed envelope. Bytes that are not an envelope, and a snapshot holding
 * other than as many records as the service joined rows (`recordCount`: a stored row damaged into
 * two values, or none), are unreadable: the caller asks again with the rows checked.
 */
export function snapshotEnvelope(reply: SnapshotReply): Envelope<WorkshopSnapshot> {
  const envelope = ArrayBuffer.isView(reply) ? parsed(reply) : reply;
  if (!envelope.ok) return envelope;
  const { records, recordCount } = envelope.value;
  if (!Array.isArray(records) || (recordCount !== undefined && records.length !== recordCount)) {
    return { ok: false, error: unreadableReply(`The workshop could not be read: its snapshot holds ${Array.isArray(records) ? records.length : 'no'} records of ${recordCount ?? '?'} stored`) };
  }
  return envelope;
}

function parsed(bytes: Uint8Array): Envelope<WorkshopSnapshot> {
  try {
    const envelope = JSON.parse(new TextDecoder().decode(bytes)) as Envelope<WorkshopSnapshot> | null;
    if (envelope && typeof envelope.ok === 'boolean') return envelope;
  } catch {
    // judged below
  }
  return { ok: false, error: unreadableReply('The workshop could not be read: its snapshot is not valid JSON') };
}

/**
 * The workshop's snapshot as sent (`first`, else `read(false)`); if the page cannot read it as the
 * workshop's records, once more with the service checking every row, which refuses a damaged row
 * by name (RecordRows.recordsJson) instead of the page saying only "not JSON".
 */
export async function readableSnapshot(read: (check: boolean) => Promise<WorkshopSnapshot>, first?: Promise<WorkshopSnapshot>): Promise<WorkshopSnapshot> {
  try {
    return await (first ?? read(false));
  } catch (e) {
    if (!(e instanceof ApiError) || !isUnreadableReply(e)) throw e;
    return read(true);
  }
}
