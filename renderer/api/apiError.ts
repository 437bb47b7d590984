import type { AppErrorShape, ErrorCode } from '../../shared/errors';

/** An error envelope, thrown so callers can `try`; `code` picks the translated message. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.params = shape.params;
  }
}

/**
 * A reply that arrived but is not what the service sent as JSON: cut short, or a workshop's
 * snapshot holding a row damaged outside Salesmap (its rows' JSON is sent as stored). The
 * snapshot is then asked for again with every row checked (renderer/state/actions.ts).
 */
export function unreadableReply(message: string): AppErrorShape {
  return { code: 'internal', message, params: { reply: 'unreadable' } };
}

export function isUnreadableReply(error: { params?: Record<string, string | number> | undefined }): boolean {
  return error.params?.reply === 'unreadable';
}
