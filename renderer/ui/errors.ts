import { i18next } from '../i18n';
import { ApiError } from '../api/client';
import { toastError } from './toasts';

/** The user's-language sentence for an error from the service. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const key = `errors:${e.code}`;
    if (i18next.exists(key)) return i18next.t(key, { field: '', ...e.params, message: e.message });
    return e.message;
  }
  return i18next.t('errors:internal', { message: (e as Error)?.message ?? String(e) });
}

/** Runs an async action; a failure becomes a red toast instead of an unhandled rejection. */
export async function attempt<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    toastError(errorText(e));
    return undefined;
  }
}
