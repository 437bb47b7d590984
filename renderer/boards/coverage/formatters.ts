import { CURRENCY_SYMBOLS, type Currency } from '../../../shared/records';

export interface Formatters {
  /** Whole numbers with grouping: 1,800. */
  count(n: number): string;
  /** "2 people" / "2 人". */
  people(n: number): string;
  /** A fractional share of a pooled team: "0.8 FTE" / "0.8 人（折算）". */
  fte(n: number): string;
  /** A cell's people: whole people, or its FTE share of a pooled motion. */
  cellPeople(n: number, whole: boolean): string;
  /** "1,080 accounts" / "1,080 家客户"; covered accounts are fractional, shown whole. */
  accounts(n: number): string;
  /** Money in millions: "¥ 3.0 M". */
  money(n: number): string;
  /** "70 %". */
  share(n: number): string;
  /** A signed difference: "+3", "−1.5", "0". */
  signed(n: number, digits?: number): string;
  /** The same, as money: "+¥ 1.2 M". */
  signedMoney(n: number): string;
  /** The currency symbol of the workshop. */
  symbol: string;
}

/** A typographic minus (−), not a hyphen: differences are read from across the room. */
const signOf = (v: number) => (v > 0 ? '+' : v < 0 ? '\u2212' : '');

/** Rounds away floating-point dust so 0.30000000000000004 shows as 0.3 and −0.0 as 0. */
const tidy = (n: number, digits: number) => {
  const r = Math.round(n * 10 ** digits) / 10 ** digits;
  return r === 0 ? 0 : r;
};

/**
 * The coverage board's number formats, pure so the board, the exports and the report format a
 * figure the same way. `t` looks up the coverage namespace's units.
 */
export function makeFormatters(language: string, currency: Currency, t: (key: string, opts?: Record<string, unknown>) => string): Formatters {
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // FTE shows what the cell uses: 0.05 stays visible, 0.8 is not padded to 0.80.
  const fteFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const shareFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const symbol = CURRENCY_SYMBOLS[currency];
  // ¥ 1.5 M needs its decimal; ¥ 1,500 M does not (the room reads fewer digits).
  const moneyValue = (n: number) => (Math.abs(n) >= 100 ? whole.format(tidy(n, 0)) : oneDecimal.format(tidy(n, 1)));
  return {
    symbol,
    count: (n) => whole.format(tidy(n, 0)),
    people: (n) => t('units.people', { count: n, value: whole.format(n) }),
    fte: (n) => t('units.fte', { value: fteFormat.format(tidy(n, 2)) }),
    cellPeople: (n, isWhole) => (isWhole ? t('units.people', { count: n, value: whole.format(n) }) : t('units.fte', { value: fteFormat.format(tidy(n, 2)) })),
    accounts: (n) => t('units.accounts', { count: Math.round(n), value: whole.format(tidy(n, 0)) }),
    money: (n) => t('units.money', { symbol, value: moneyValue(n) }),
    share: (n) => t('units.share', { value: shareFormat.format(tidy(n, 2)) }),
    signed: (n, digits = 0) => {
      const v = tidy(n, digits);
      return signOf(v) + (digits === 0 ? whole : oneDecimal).format(Math.abs(v));
    },
    signedMoney: (n) => {
      const v = tidy(n, 1);
      return signOf(v) + t('units.money', { symbol, value: moneyValue(Math.abs(v)) });
    },
  };
}
