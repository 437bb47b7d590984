/** Pieces of formula text shared by the boards' sheets. */

/** Excel takes at most 255 arguments per function; longer lists are summed in nested groups. */
const MAX_ARGS = 200;

/**
 * The sum of scattered cells ("SUM(I5,I9,I12)"): a motion's people are the people of its cells,
 * which are not next to each other. An empty list sums to 0.
 */
export function sumOf(refs: readonly string[]): string {
  if (refs.length === 0) return '0';
  if (refs.length <= MAX_ARGS) return `SUM(${refs.join(',')})`;
  const groups: string[] = [];
  for (let i = 0; i < refs.length; i += MAX_ARGS) groups.push(sumOf(refs.slice(i, i + MAX_ARGS)));
  return sumOf(groups);
}

/** A text constant inside a formula: "say ""hi""". */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rounds away floating-point dust for a CSV (0.30000000000000004 → 0.3); −0 becomes 0. */
export function tidy(n: number, digits = 6): number {
  const r = Math.round(n * 10 ** digits) / 10 ** digits;
  return r === 0 ? 0 : r;
}
