/**
 * The fields of `draft` that differ from `original`: what an edit dialog should send. Sending
 * only these keeps a change another window made meanwhile to another field (a full-record save
 * would silently put the old value back).
 */
export function changedFields<T extends object>(original: T, draft: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(original[key])) out[key] = draft[key];
  }
  return out;
}

export function isEmptyPatch(patch: object): boolean {
  return Object.keys(patch).length === 0;
}
