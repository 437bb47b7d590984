import type { Envelope } from '../../shared/api';
import { isAppError } from '../../shared/errors';

/**
 * A save's outcome as the API's envelope. A refusal the app knows (a bad name) keeps its code;
 * anything else — the disk is full, the folder is read-only, printing failed — is the export
 * failing, with the system's reason, in the user's language on the renderer's side.
 */
export async function saveEnvelope<T>(save: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await save() };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: e.toJSON() };
    const reason = (e as Error)?.message ?? String(e);
    return { ok: false, error: { code: 'export_failed', message: `Saving failed: ${reason}`, params: { reason } } };
  }
}
