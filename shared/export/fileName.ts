/**
 * A file name that every system accepts, built from what the user typed (a workshop's name may be
 * anything: "海格物流: 研讨会 1/2"). Windows is the strictest: no <>:"/\|?* or control characters,
 * no trailing dot or space, no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or
 * without an extension). Names are limited to 255 bytes on Linux and macOS (255 UTF-16 units on
 * Windows), and a Chinese character is 3 bytes in UTF-8, so the stem is cut by bytes, at a
 * code-point boundary (never half a surrogate pair or a Chinese character).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** Longest stem kept, in UTF-8 bytes (50 Chinese characters): room for a date, a part and the extension under 255. */
export const MAX_STEM_BYTES = 150;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** The longest start of `text` that fits in `bytes` UTF-8 bytes, whole code points only. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (used + n > bytes) break;
    out += ch;
    used += n;
  }
  return out;
}

export function safeFileStem(text: string, fallback = 'Salesmap', maxBytes = MAX_STEM_BYTES): string {
  let stem = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  stem = cutToBytes(stem, maxBytes);
  stem = stem.replace(/[. ]+$/, '').trim();
  if (stem === '' || /^\.+$/.test(stem)) stem = fallback;
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return stem;
}

/** "2026-12-03" in the laptop's local time: the day the workshop was exported. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The default name of an exported file: "<workshop> <date>[ <part>].<ext>", e.g.
 * "海格物流研讨会 2026-12-03 客户.csv". `part` names one table of a multi-file format.
 */
export function exportFileName(opts: { workshopName: string; at: Date; extension: string; part?: string }): string {
  // A table's name is short; 60 bytes keeps the whole name under 255 bytes with any stem.
  const part = opts.part ? ` ${safeFileStem(opts.part, '', 60)}`.trimEnd() : '';
  return `${safeFileStem(opts.workshopName)} ${localDate(opts.at)}${part}${opts.extension}`;
}
