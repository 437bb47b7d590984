/**
 * Error codes every layer shares. The message is plain English for logs; the renderer shows
 * the translation of `errors.<code>` (with params), so users read it in their language.
 */
export const ERROR_CODES = [
  'bad_request',
  'unknown_method',
  'unknown_command',
  'invalid_command',
  'not_found',
  'conflict',
  'nothing_to_undo',
  'nothing_to_redo',
  'share_over_100',
  'already_placed',
  'capacity_not_positive',
  'probability_over_stage',
  'probability_over_assessment',
  'stage_in_use',
  'invalid_value',
  'import_failed',
  'read_cancelled',
  'export_failed',
  'export_cancelled',
  'not_workshop_file',
  'future_workshop_file',
  'damaged_workshop_file',
  'future_schema',
  'corrupt_database',
  'bad_backup',
  'library_in_use',
  'forbidden',
  'read_only',
  'no_network',
  'share_unavailable',
  'bad_token',
  'too_large',
  'unreachable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Values for the translated message, e.g. {segment: '超大型客户', total: 120}. */
  params?: Record<string, string | number>;
}

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;
  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (params) this.params = params;
  }
  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message, ...(this.params ? { params: this.params } : {}) };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
