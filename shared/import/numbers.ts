import { findCurrency, findExponent, type Currency } from './units';
import { fold } from './text';

/**
 * Reading one numeric cell the way a person would: "1,234.5", "１２３４", "1 234", "¥3,500万",
 * "1.2亿", "$5M", "1.23E+11" (Excel's CSV for big numbers), "12,5" (a decimal comma).
 * A cell may carry its own currency and magnitude; otherwise the column's unit applies.
 */
export type NumberCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; currency: Currency | null; exp: number | null }
  | { kind: 'problem'; code: NumberProblem };

export type NumberProblem = 'not_a_number' | 'negative' | 'range' | 'formula_error' | 'percent' | 'too_large';

/** What lists put where they have no value: treated as blank, not as an error. */
const PLACEHOLDERS = new Set(['-', '--', '---', '—', '——', '–', '/', 'n/a', 'na', 'null', 'none', '无', '暂无', '未知', '不详', '空']);

/** Excel's error values (a formula that failed); their text is what Excel shows. */
const EXCEL_ERROR = /^#(n\/a|div\/0!|value!|ref!|name\?|num!|null!|spill!|calc!|getting_data)$/i;

export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text.trim());
}

/** Units a cell may carry at its end or start; removed before the digits are read. */
const TRAILING_UNIT = /\s*(十亿|千万|百万|亿|万|千|bn|billion|mn|million|mm|m|k|thousand|b)?\s*(元|美元|人民币|人|名|rmb|cny|usd)?$/i;
const LEADING_CURRENCY = /^(us\$|\$|¥|rmb|cny|usd|人民币)\s*/i;

const GROUPED_COMMAS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_DOTS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const PLAIN = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const RANGE = /\d\s*(-|~|～|—|–|至|到)\s*\d|(\d\s*[人名万亿千]?\s*(\+|以上|以下|左右|多)$)|^(>|<|≥|≤|>=|<=|大于|小于|超过|约)/;

function digitsOf(core: string): number | null {
  // Spaces, no-break and thin spaces, and apostrophes group digits too ("1 234", "1'234").
  const s = core.replace(/[\s\u00a0\u2009\u202f'’]/g, '');
  if (GROUPED_COMMAS.test(s)) return Number(s.replace(/,/g, ''));
  // "1.234.567" or "1.234,5": European grouping (semicolon CSVs from a German Excel).
  if (GROUPED_DOTS.test(s) && (s.includes(',') || s.split('.').length > 2)) {
    return Number(s.replace(/\./g, '').replace(',', '.'));
  }
  if (DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
  if (PLAIN.test(s)) return Number(s);
  return null;
}

/** Most cells are plain numbers: read them without the full work below. */
const SIMPLE = /^\d{1,15}(\.\d{1,15})?$/;

export function parseNumberCell(raw: string): NumberCell {
  if (SIMPLE.test(raw)) return { kind: 'number', value: Number(raw), currency: null, exp: null };
  let s = fold(raw).trim();
  if (s === '' || PLACEHOLDERS.has(s.toLowerCase())) return { kind: 'blank' };
  if (EXCEL_ERROR.test(s)) return { kind: 'problem', code: 'formula_error' };
  if (s.endsWith('%')) return { kind: 'problem', code: 'percent' };

  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!.trim();
  }
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }

  const lead = LEADING_CURRENCY.exec(s);
  const leadText = lead ? lead[0] : '';
  s = s.slice(leadText.length);
  const trail = TRAILING_UNIT.exec(s);
  const trailText = trail ? trail[0] : '';
  const core = s.slice(0, s.length - trailText.length).trim();
  if (RANGE.test(s)) return { kind: 'problem', code: 'range' };
  const value = digitsOf(core);
  if (value === null || Number.isNaN(value)) return { kind: 'problem', code: 'not_a_number' };
  // Digits that overflow a double ("1e400") are a number, only far too large.
  if (!Number.isFinite(value)) return { kind: 'problem', code: 'too_large' };
  if (negative && value !== 0) return { kind: 'problem', code: 'negative' };
  const magnitude = trail?.[1] ? findExponent(trail[1]) : null;
  const currency = findCurrency(leadText + ' ' + (trail?.[2] ?? ''));
  return { kind: 'number', value, currency, exp: magnitude };
}
