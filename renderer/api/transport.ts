import type { Envelope } from '../../shared/api';
import type { AppErrorShape, ErrorCode } from '../../shared/errors';
import { unreadableReply } from './apiError';

/**
 * What an HTTP reply means to the page. The browser host answers every refusal with an error
 * envelope; a reply that is not one (another program on the port, a cut connection) still
 * becomes a code by its status, so the user reads words, never raw text or "internal".
 */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'bad_token',
  403: 'forbidden',
  404: 'not_found',
  405: 'bad_request',
  413: 'too_large',
  415: 'bad_request',
  502: 'unreachable',
  503: 'unreachable',
  504: 'unreachable',
};

function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (typeof v !== 'object' || v === null || typeof (v as { ok?: unknown }).ok !== 'boolean') return false;
  if ((v as { ok: boolean }).ok) return 'value' in v;
  const error = (v as { error?: { code?: unknown; message?: unknown } }).error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

export function errorForStatus(status: number, text: string): AppErrorShape {
  const code = BY_STATUS[status] ?? 'internal';
  return { code, message: `HTTP ${status}: ${text.slice(0, 200)}` };
}

/** A request that never got an answer (the host is gone, the network refused it). */
export function unreachableReply(e: unknown): { ok: false; error: AppErrorShape } {
  return { ok: false, error: { code: 'unreachable', message: `Salesmap is not reachable: ${(e as Error).message}` } };
}

export async function envelopeOf(res: Response): Promise<Envelope<unknown>> {
  return envelopeOfText({ status: res.status, contentType: res.headers.get('Content-Type') ?? '', text: await res.text() });
}

/** A reply already read as text (renderer/public/early-snapshot.js reads its body as it arrives). */
export interface ReplyText {
  status: number;
  contentType: string;
  text: string;
}

export function envelopeOfText({ status, contentType, text }: ReplyText): Envelope<unknown> {
  if (/^application\/json/i.test(contentType)) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isEnvelope(parsed)) return parsed;
    } catch {
      // Not JSON after all: a reply that says it is (cut short, or a snapshot with a damaged row)
      // is unreadable; anything else is judged by its status below.
      if (status >= 200 && status < 300) return { ok: false, error: unreadableReply(`HTTP ${status}: the reply is not valid JSON`) };
    }
  }
  return { ok: false, error: errorForStatus(status, text) };
}
