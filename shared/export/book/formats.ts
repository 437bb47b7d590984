import { CURRENCY_SYMBOLS } from '../../records';
import type { ExportInput } from '../input';

/**
 * The workbook's number formats: what a cell shows, while the cell keeps the plain number (so the
 * client's own formulas on it work). Money is stored in millions of the workshop's currency, as on
 * the boards, and shown with the boards' own unit string ("¥ 1,234.5 M"); shares and rates are
 * fractions shown as percent (0.3 → 30%), which is what Excel's % means.
 */
export type CellFormat = 'text' | 'int' | 'decimal' | 'money' | 'percent' | 'time';

export interface BookFormats {
  /** Excel number format codes by kind; `percent` is the one-decimal default. */
  codes: Record<CellFormat, string>;
  /** The currency symbol, for headers ("Annual revenue (¥ M)"). */
  symbol: string;
  /** "¥ 1,234.5 M": how a money cell reads, for column widths. */
  money(value: number): string;
}

/** Text between format sections must be quoted; a quote inside it cannot be, so it is dropped. */
const literal = (text: string) => (text === '' ? '' : `"${text.replace(/"/g, '')}"`);

/** Percent with as many decimals as the value needs (0 to 2): 30%, 12.5%, 33.33%. */
export function percentCode(fraction: number): string {
  const percent = Math.abs(fraction * 100);
  for (const decimals of [0, 1]) {
    const scaled = percent * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals === 0 ? '0%' : '0.0%';
  }
  return '0.00%';
}

/** The workshop's currency symbol (¥ unless the workshop chose another). */
export function currencySymbol(input: ExportInput): string {
  return CURRENCY_SYMBOLS[input.settings?.currency ?? 'CNY'];
}

export function bookFormats(input: ExportInput): BookFormats {
  const symbol = currencySymbol(input);
  // The boards' unit string ("{{symbol}} {{value}} M") with the number pattern in place of the value.
  const [before = '', after = ''] = input.t('segments:units.money', { symbol, value: '\u0000' }).split('\u0000');
  const moneyCode = `${literal(before)}#,##0.0${literal(after)}`;
  const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    codes: { text: '@', int: '#,##0', decimal: '#,##0.0', money: moneyCode, percent: '0.0%', time: 'hh:mm' },
    symbol,
    money: (value) => `${before}${oneDecimal.format(value)}${after}`,
  };
}
