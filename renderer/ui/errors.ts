import { i18next } from '../i18n';
import { ApiError } from '../api/apiError';
import { toastError } from './toasts';

/**
 * The user's words for a field an error names ("patch.costPerPerson" → "每人年成本"), or null
 * when there is no translation: internal names never reach the screen.
 */
function fieldLabel(path: unknown): string | null {
  if (typeof path !== 'string' || !path) return null;
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop();
  return last && i18next.exists(`common:fields.${last}`) ? i18next.t(`common:fields.${last}`) : null;
}

/** The user's-language sentence for an error from the service. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const key = `errors:${e.code}`;
    if (!i18next.exists(key)) return e.message;
    const field = fieldLabel(e.params?.field);
    // A more exact sentence for the reason when there is one (corrupt_database_empty), else for the field.
    const reason = typeof e.params?.reason === 'string' && i18next.exists(`${key}_${e.params.reason}`) ? e.params.reason : null;
    const context = reason ?? (field !== null && i18next.exists(`${key}_field`) ? 'field' : null);
    return i18next.t(key, { ...e.params, field: field ?? '', message: e.message, ...(context ? { context } : {}) });
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
