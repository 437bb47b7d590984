import { changedFields } from './patch';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What an edit dialog sends on Save: the fields the user changed since the dialog opened.
 *
 * `original` is the record as it was when the dialog opened, `draft` the dialog's values, and
 * `latest` the record as it is now (another window may have changed it meanwhile). A changed
 * nested object (a segment's rules, a motion's role mix, a route's steps) or a fixed-length list
 * of objects (a route's six questions) is sent as `latest`'s value with only the user's changes
 * applied, so a change another window made to another rule or another question survives too.
 * Empty when the user changed nothing: the dialog just closes.
 */
export function editPatch<T extends object>(original: T, draft: Partial<T>, latest: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(changedFields(original, draft)) as (keyof T)[]) {
    out[key] = merged(original[key], draft[key], latest[key]) as T[keyof T];
  }
  return out;
}

function merged(original: unknown, draft: unknown, latest: unknown): unknown {
  if (isPlainObject(original) && isPlainObject(draft) && isPlainObject(latest)) {
    return { ...latest, ...editPatch(original, draft, latest) };
  }
  if (Array.isArray(original) && Array.isArray(draft) && Array.isArray(latest) && original.length === draft.length && draft.length === latest.length) {
    // Only lists of records keep their slots (the six questions); a list of tags is one value.
    if (draft.every(isPlainObject)) return latest.map((item: unknown, i) => (same(original[i], draft[i]) ? item : merged(original[i], draft[i], item)));
  }
  return draft;
}
