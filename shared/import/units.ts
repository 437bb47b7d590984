import { fold } from './text';

/**
 * Units of a money or count column. Money is stored in ¥ M (millions of yuan, the deck's unit);
 * a column's unit says what its plain numbers mean: currency and a power of ten.
 * 万元 = CNY × 10^4, 百万元 / ¥M = CNY × 10^6, 亿元 = CNY × 10^8, $M = USD × 10^6.
 */
export const CURRENCIES = ['CNY', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Powers of ten a header can name: 元, 千, 万, 百万 (M), 千万, 亿, 十亿 (B). */
export const MONEY_EXPONENTS = [0, 3, 4, 6, 7, 8, 9] as const;
/** 人, 千人, 万人. */
export const COUNT_EXPONENTS = [0, 3, 4] as const;

export interface Unit {
  /** null for counts (people). */
  currency: Currency | null;
  exp: number;
}

export const STORED_MONEY_UNIT: Unit = { currency: 'CNY', exp: 6 };
export const PEOPLE: Unit = { currency: null, exp: 0 };

/** A stable key for a unit (select values, i18n keys): "CNY-6", "USD-3", "count-3". */
export function unitKey(u: Unit): string {
  return `${u.currency ?? 'count'}-${u.exp}`;
}

export function unitFromKey(key: string): Unit | null {
  const m = /^(CNY|USD|count)-(\d)$/.exec(key);
  if (!m) return null;
  const currency = m[1] === 'count' ? null : (m[1] as Currency);
  const exp = Number(m[2]);
  const allowed: readonly number[] = currency ? MONEY_EXPONENTS : COUNT_EXPONENTS;
  return allowed.includes(exp) ? { currency, exp } : null;
}

export const MONEY_UNITS: Unit[] = CURRENCIES.flatMap((currency) => MONEY_EXPONENTS.map((exp) => ({ currency, exp })));
export const COUNT_UNITS: Unit[] = COUNT_EXPONENTS.map((exp) => ({ currency: null, exp }));

/** Chinese magnitude words, longest first so 百万 is not read as 万. */
const CJK_MAGNITUDES: [string, number][] = [
  ['十亿', 9],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];
/** English magnitude words; matched only as whole tokens ("m" in "$m", not in "amount"). */
const ASCII_MAGNITUDES: [RegExp, number][] = [
  [/(?<![a-z])(bn|billions?|b)(?![a-z])/, 9],
  [/(?<![a-z])(mn|mio|mm|millions?|m)(?![a-z])/, 6],
  [/(?<![a-z])(k|thousands?)(?![a-z])|'000/, 3],
];

/** Traditional forms of the magnitude and currency words (Big5 lists): read as the simplified. */
const TRADITIONAL = /[萬億幣圓]/g;
const SIMPLIFIED: Record<string, string> = { 萬: '万', 億: '亿', 幣: '币', 圓: '元' };
const unitText = (text: string) => fold(text).toLowerCase().replace(TRADITIONAL, (c) => SIMPLIFIED[c]!);

export function findCurrency(text: string): Currency | null {
  const t = unitText(text);
  if (/美元|usd|us\$|\$/.test(t)) return 'USD';
  if (/人民币|rmb|cny|¥|元/.test(t)) return 'CNY';
  return null;
}

export function findExponent(text: string): number | null {
  const t = unitText(text);
  for (const [word, exp] of CJK_MAGNITUDES) if (t.includes(word)) return exp;
  for (const [re, exp] of ASCII_MAGNITUDES) if (re.test(t)) return exp;
  return null;
}

/** The bracketed part of a header, where Excel users put the unit: 年营业额（百万元）, Revenue ($M). */
function unitPart(header: string): string {
  const t = fold(header);
  const inBrackets = [...t.matchAll(/[([【<{]([^)\]】>}]*)[)\]】>}]/g)].map((m) => m[1]).join(' ');
  if (inBrackets.trim()) return inBrackets;
  // No brackets: the unit follows a separator ("营业收入/万元", "Revenue, $M", "Revenue in USD m")
  // or is glued to the end of a Chinese header ("年营业额万元").
  const sep = /[/,;:|_-]|\bin\b/.exec(t);
  if (sep) return t.slice(sep.index + sep[0].length);
  const glued = /(十亿|千万|百万|亿|万|千)?(元|美元|人民币)$|(千人|万人)$/.exec(t);
  return glued ? glued[0] : '';
}

/**
 * The unit a header names for a money column (null if it names none). A magnitude alone means
 * yuan ("(百万)" = ¥ M); a currency alone means single units ("(元)", "(USD)").
 */
export function moneyUnitInHeader(header: string): Unit | null {
  const part = unitPart(header);
  const currency = findCurrency(part);
  const exp = findExponent(part);
  if (currency === null && exp === null) return null;
  return { currency: currency ?? 'CNY', exp: exp !== null && (MONEY_EXPONENTS as readonly number[]).includes(exp) ? exp : 0 };
}

/** "员工人数（千人）" → thousands of people; "(人)" or nothing → people. */
export function countUnitInHeader(header: string): Unit | null {
  const exp = findExponent(unitPart(header));
  if (exp === null || !(COUNT_EXPONENTS as readonly number[]).includes(exp)) return null;
  return { currency: null, exp };
}
