/**
 * Text clean-up shared by header matching, number parsing and the imported values.
 * NFKC folds what Chinese input methods and Excel produce: full-width digits and letters
 * (１２３, ＡＢＣ), full-width punctuation (，．（）％), the ideographic space, and ￥ → ¥.
 */
export function fold(text: string): string {
  return text.normalize('NFKC');
}

/** Characters that are never meant as content: zero-width marks, stray BOMs, control codes. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Anything cleanLine would change; most cells have none of it and are returned as they are. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_CLEANING = /[\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $/;

/** A single-line value (name, industry, city…): one line, single spaces, nothing invisible. */
export function cleanLine(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(INVISIBLE, '')
    .replace(CONTROL_EXCEPT_NEWLINE_TAB, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A multi-line value (notes): keeps line breaks (Alt+Enter in Excel), drops the rest of the noise. */
export function cleanText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(CONTROL_EXCEPT_NEWLINE_TAB, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/** For comparing names: "ＡＢＣ 有限公司 " and "abc有限公司" are the same customer. */
export function nameKey(text: string): string {
  return fold(cleanLine(text)).toLowerCase().replace(/\s+/g, '');
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA (how Excel names a column without a header). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
