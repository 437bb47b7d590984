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
