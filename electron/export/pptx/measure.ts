/**
 * How much room text takes on a slide, estimated without a renderer. PowerPoint and LibreOffice
 * both grow a table row or wrap a text box to fit its text, so a layout that guesses short runs
 * off the bottom of the slide; every estimate here errs on the large side.
 *
 * Widths: Latin text is set in Arial (Liberation Sans, its metric twin, in LibreOffice), whose
 * advance widths are public (the Helvetica AFM values, in 1/1000 em); Chinese, Japanese, Korean
 * and full-width characters are one em wide in every CJK font. Heights: the deck sets an exact
 * line pitch above the tallest font's natural line — 1.15 em for Arial, 1.32 em for Microsoft
 * YaHei, 1.45 em for Noto Sans CJK (what LibreOffice on Debian substitutes) — so a line is as tall
 * in every renderer as it is here.
 */

/** Arial widths of U+0020…U+007E, 1/1000 em. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];

/** Bold Arial is about this much wider on average (and rendering differs a little): the safe side. */
const BOLD = 1.09;
/** Kerning, hinting and a different substitute font never make text more than this much wider. */
const SLACK = 1.04;
/** CJK glyphs are exactly one em; this only keeps rounding from tipping a full line over. */
const WIDE_SLACK = 1.02;

/**
 * The line pitch the deck sets (exact spacing), in em: over the tallest font's ascent plus descent
 * (Noto Sans CJK's 1.45 em with CJK text, Arial's 1.15 em without), so no renderer clips a line.
 */
export const LINE_EM = { latin: 1.2, cjk: 1.5 } as const;

/** Chinese, Japanese and Korean text: set in the East Asian font, whose lines are the tallest. */
const isCjk = (c: number) =>
  (c >= 0x1100 && c <= 0x115f) ||
  (c >= 0x2e80 && c <= 0xa4cf) || // CJK radicals … Yi, incl. CJK symbols, kana, ideographs
  (c >= 0xac00 && c <= 0xd7a3) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xfe30 && c <= 0xfe4f) ||
  (c >= 0xff00 && c <= 0xff60) ||
  (c >= 0xffe0 && c <= 0xffe6) ||
  c >= 0x20000;

/** One em wide: CJK, and the geometric shapes the deck marks with (▲ ■ ○), full width in a CJK font. */
const isWide = (c: number) => isCjk(c) || (c >= 0x25a0 && c <= 0x25ff);

/** Arial widths of the other characters the deck writes often (separators, units, signs), 1/1000 em. */
const OTHER_WIDTHS = new Map<number, number>([
  [0xa0, 278], [0x202f, 278], [0x2009, 278], // the spaces Intl puts in numbers and units
  [0xb7, 278], [0xd7, 584], [0xf7, 584], [0xa5, 556], [0x20ac, 556], [0xa3, 556], // · × ÷ ¥ € £
  [0x2212, 584], [0x2013, 556], [0x2014, 1000], [0x2026, 1000], // − – — …
  [0x2018, 222], [0x2019, 222], [0x201c, 333], [0x201d, 333], [0x2192, 1000], [0x2265, 549], [0x2264, 549],
]);

/** Width of one character in em. */
function charEm(c: number): number {
  if (c >= 0x20 && c <= 0x7e) return ASCII_WIDTHS[c - 0x20]! / 1000;
  if (isWide(c)) return 1;
  const known = OTHER_WIDTHS.get(c);
  return known !== undefined ? known / 1000 : 0.7; // Latin letters with accents and the rest: at most this in Arial
}

export function hasCjk(text: string): boolean {
  for (const ch of text) if (isCjk(ch.codePointAt(0)!)) return true;
  return false;
}

/** Width of a single line of text in points. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let wide = 0;
  let rest = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (isWide(c)) wide += 1;
    else rest += charEm(c);
  }
  // A CJK glyph is one em in every CJK font, bold too; the rest varies by font and weight.
  return (wide * WIDE_SLACK + rest * SLACK * (bold ? BOLD : 1)) * sizePt;
}

/**
 * Pieces a line may break between: a wide character on its own (CJK breaks anywhere), a word
 * with the spaces after it, or a lone run of spaces.
 */
function tokens(line: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    if (isWide(c)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ' || ch === '\t') {
      word += ch;
      out.push(word);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/**
 * The lines a text wraps to in a width (points), breaking as a word-wrapping text frame does:
 * between words, anywhere between CJK characters, inside a word only when it is longer than the
 * line. Explicit newlines start new lines.
 */
export function wrapLines(text: string, widthPt: number, sizePt: number, bold = false): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    const push = () => {
      out.push(line.trimEnd());
      line = '';
      used = 0;
    };
    for (const token of tokens(paragraph)) {
      const w = textWidthPt(token, sizePt, bold);
      if (used > 0 && used + textWidthPt(token.trimEnd(), sizePt, bold) > widthPt) push();
      if (w > widthPt) {
        // A word longer than the line is broken inside itself, character by character.
        for (const ch of token) {
          const cw = textWidthPt(ch, sizePt, bold);
          if (used > 0 && used + cw > widthPt) push();
          line += ch;
          used += cw;
        }
      } else {
        line += token;
        used += w;
      }
    }
    push();
  }
  return out;
}

/** How many lines a text wraps to in a width (points). */
export function lineCount(text: string, widthPt: number, sizePt: number, bold = false): number {
  return wrapLines(text, widthPt, sizePt, bold).length;
}
