/**
 * Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe at
 * either end, unique without regard to case, and not "History" (Excel keeps it for itself).
 * Names come from translations and from what the room typed (a plan called "A/B 方案?"), so
 * they are cleaned rather than trusted.
 */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]\u0000-\u001f]/g; // eslint-disable-line no-control-regex -- control characters are refused too

/** Keeps whole code points while the UTF-16 length (what Excel counts) stays within `max`. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

function clean(wanted: string): string {
  const name = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  return cut(name, MAX_SHEET_NAME).replace(/^'+|'+$/g, '').trim();
}

/**
 * A valid sheet name close to `wanted` and not in `taken` (compared case-insensitively):
 * "覆盖方案", then "覆盖方案 (2)" when that is taken.
 */
export function safeSheetName(wanted: string, taken: Iterable<string>, fallback = 'Sheet'): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  used.add('history');
  const base = clean(wanted) || fallback;
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${cut(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
