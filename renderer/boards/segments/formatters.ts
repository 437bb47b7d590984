import { CURRENCY_SYMBOLS, type Currency } from '../../../shared/records';

export interface Formatters {
  /** "¥ 12,400 M": money is stored in millions of the workshop's currency. */
  money(value: number): string;
  /** "38 %" (one decimal below 1 %, so a small share does not read as nothing). */
  share(percent: number | null): string;
  /** "1,250" */
  int(value: number): string;
  symbol: string;
}

/**
 * The segments board's number formats (locale-aware, units always shown: UX.md), pure so the
 * board, the exports and the report format a figure the same way. `t` looks up the segments
 * namespace's units.
 */
export function makeSegmentFormat(lang: string, currency: Currency, t: (key: string, values?: Record<string, unknown>) => string): Formatters {
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const symbol = CURRENCY_SYMBOLS[currency];
  // The unit's words are looked up once, not per figure: a 10,000-account list formats 10,000.
  const [before, after] = t('units.money', { symbol, value: '\u0000' }).split('\u0000') as [string, string];
  return {
    symbol,
    money: (value) => before + (Math.abs(value) >= 100 ? whole : oneDecimal).format(value) + after,
    share: (p) => {
      if (p === null) return '—';
      // A sliver of the total is not nothing: say "< 0.1 %" rather than "0 %".
      if (p > 0 && p < 0.1) return t('units.share', { value: `< ${oneDecimal.format(0.1)}` });
      return t('units.share', { value: (p < 1 ? oneDecimal : whole).format(p) });
    },
    int: (value) => whole.format(value),
  };
}
