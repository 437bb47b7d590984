import { FIELD_WORDS, IMPORT_FIELDS, type ImportField } from './fields';
import { fold } from './text';

/**
 * Recognising columns from their headers, in Chinese or English: "客户名称", "Account name",
 * "年营业额（百万元）", "2023年营业收入", "Revenue ($M)". Units are read separately (units.ts).
 */

/** A header reduced to its words: folded, lower case, without the bracketed unit and punctuation. */
export function headerWords(header: string): string {
  return fold(header)
    .toLowerCase()
    .replace(/[([【<{][^)\]】>}]*[)\]】>}]/g, '')
    .replace(/[\s_\-.:：*#/\\|·,，、'"“”‘’?？!！]/g, '');
}

const WORDS = Object.fromEntries(
  IMPORT_FIELDS.map((f) => {
    const w = FIELD_WORDS[f];
    const norm = (list: string[] | undefined) => (list ?? []).map(headerWords).filter(Boolean);
    const exact = norm(w.exact);
    // Earlier words in the list are the more specific ones ("客户名称" before "客户").
    const rank = new Map(exact.map((word, i) => [word, 3 + 0.5 * (1 - i / exact.length)] as const));
    return [f, { exact: rank, contains: norm(w.contains), not: norm(w.not), weak: new Set(norm(w.weak)) }];
  }),
) as Record<ImportField, { exact: Map<string, number>; contains: string[]; not: string[]; weak: Set<string> }>;

/** How sure a header names a field: 3–3.5 exact, 2 contains a field word, 1 weak, 0 not at all. */
export function fieldScore(header: string, field: ImportField): number {
  const h = headerWords(header);
  if (!h) return 0;
  const w = WORDS[field];
  const exact = w.exact.get(h);
  if (exact !== undefined) return exact;
  if (w.not.some((n) => h.includes(n))) return 0;
  if (w.contains.some((c) => h.includes(c))) return 2;
  if (w.weak.has(h)) return 1;
  return 0;
}

/** The field a header most likely names, with its score (ties go to the earlier field). */
export function bestField(header: string): { field: ImportField | null; score: number } {
  let best: ImportField | null = null;
  let score = 0;
  for (const f of IMPORT_FIELDS) {
    const s = fieldScore(header, f);
    if (s > score) {
      best = f;
      score = s;
    }
  }
  return { field: best, score };
}

/**
 * One field per column at most, and each field in one column at most: the surest column wins
 * ("客户名称" beats "客户"), then the leftmost. Columns left over are not imported.
 */
export function detectFields(headers: readonly string[]): (ImportField | null)[] {
  const candidates = headers
    .map((h, column) => ({ column, ...bestField(h) }))
    .filter((c) => c.field !== null)
    .sort((a, b) => b.score - a.score || a.column - b.column);
  const out: (ImportField | null)[] = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const c of candidates) {
    if (taken.has(c.field!)) continue;
    taken.add(c.field!);
    out[c.column] = c.field;
  }
  return out;
}

/** How many different fields a row's cells name: a header row names several, a title row one at most. */
function headerStrength(row: readonly string[]): number {
  const fields = new Set<ImportField>();
  for (const cell of row) {
    const { field, score } = bestField(cell);
    if (field && score >= 2) fields.add(field);
  }
  return fields.size + (fields.has('name') ? 0.5 : 0);
}

/** How far down a header may sit (title, date, "单位：万元" lines above it). */
const HEADER_SEARCH_ROWS = 30;

/**
 * Which row holds the headers. Excel sheets often start with a merged title ("2024年重点客户名单")
 * and a note or two; the header is the row that names the most fields. If none names any, it is
 * the first row that is about as wide as the table (a title fills one cell).
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  const scan = rows.slice(0, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestStrength = 0;
  scan.forEach((row, i) => {
    const s = headerStrength(row);
    if (s > bestStrength) {
      best = i;
      bestStrength = s;
    }
  });
  // Two fields, or the name: a title that mentions one word ("客户行业分析") is not enough.
  if (best >= 0 && bestStrength >= 1.5) return best;
  const filled = scan.map((r) => r.filter((c) => c.trim() !== '').length);
  const widest = Math.max(0, ...filled);
  return Math.max(0, filled.findIndex((n) => n >= Math.max(2, Math.ceil(widest / 2))));
}
