import { eastAsianWidth } from 'get-east-asian-width';

/**
 * How wide a text shows in a spreadsheet column, in Excel's width unit (about one Latin
 * character): Chinese characters, full-width forms and wide punctuation count 2, so a column of
 * company names like 深圳华信物流有限公司 is not cut at half its width. Ambiguous characters (…, ·)
 * count 1, as in Chinese Excel's default fonts. Multi-line text is as wide as its longest line.
 */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r?\n/)) {
    let w = 0;
    for (const ch of line) w += eastAsianWidth(ch.codePointAt(0)!, { ambiguousAsWide: false });
    widest = Math.max(widest, w);
  }
  return widest;
}

/** A column's width from its widest text, with room for the filter button and limits either way. */
export function columnWidth(widest: number, opts: { min?: number; max?: number } = {}): number {
  const min = opts.min ?? 6;
  const max = opts.max ?? 60;
  return Math.min(max, Math.max(min, Math.ceil(widest) + 3));
}
