/**
 * Spreadsheet formula injection (CSV injection): a text cell that starts with = + - @ (or a tab
 * or carriage return) is run as a formula when a CSV is opened in Excel or WPS — a customer named
 * `=HYPERLINK("http://…","点击")` becomes a live link. Imported text is stored as plain text and
 * React shows it as text; an export to CSV must pass every *text* cell through this helper.
 * (Numbers written as numbers need nothing; XLSX string cells are not formulas.)
 * OWASP's advice: prefix such cells with a single quote, which Excel hides and does not evaluate.
 */

/** First characters that make Excel/LibreOffice/WPS read a cell as a formula (full-width too). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text, made inert for a spreadsheet: `=SUM(A1)` → `'=SUM(A1)`; other text unchanged. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
