/**
 * A file name that every system accepts, built from what the user typed (a workshop's name may be
 * anything: "海格物流: 研讨会 1/2"). Windows is the strictest: no <>:"/\|?* or control characters,
 * no trailing dot or space, no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or
 * without an extension), and paths are safest well under 255 UTF-16 units, so the stem is cut at a
 * code-point boundary (never half a surrogate pair or a Chinese character).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** Longest stem kept (in code points): room for a date, a suffix and the extension under 255. */
export const MAX_STEM = 120;

export function safeFileStem(text: string, fallback = 'Salesmap'): string {
  let stem = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  stem = [...stem].slice(0, MAX_STEM).join('');
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
  const part = opts.part ? ` ${safeFileStem(opts.part, '')}`.trimEnd() : '';
  return `${safeFileStem(opts.workshopName)} ${localDate(opts.at)}${part}${opts.extension}`;
}
