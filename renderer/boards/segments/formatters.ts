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

/** Stands for the number in a unit's pattern (a character no translation contains). */
const VALUE = '\u0001';

/**
 * The segments board's number formats (locale-aware, units always shown: UX.md), pure so the
 * board, the exports and the report format a figure the same way. `t` looks up the segments
 * namespace's units.
 */
export function makeSegmentFormat(lang: string, currency: Currency, t: (key: string, values?: Record<string, unknown>) => string): Formatters {
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const symbol = CURRENCY_SYMBOLS[currency];
  // A unit's pattern ("¥ {value} M") is looked up once: a lookup costs tens of microseconds, and
  // the exports format the revenue of every one of 10,000 accounts.
  const unit = (key: string) => {
    let pattern: string | null = null;
    return (value: string) => {
      pattern ??= t(key, { symbol, value: VALUE });
      return pattern.replace(VALUE, () => value);
    };
  };
  const money = unit('units.money');
  const share = unit('units.share');
  return {
    symbol,
    money: (value) => money((Math.abs(value) >= 100 ? whole : oneDecimal).format(value)),
    share: (p) => {
      if (p === null) return '—';
      // A sliver of the total is not nothing: say "< 0.1 %" rather than "0 %".
      if (p > 0 && p < 0.1) return share(`< ${oneDecimal.format(0.1)}`);
      return share((p < 1 ? oneDecimal : whole).format(p));
    },
    int: (value) => whole.format(value),
  };
}
