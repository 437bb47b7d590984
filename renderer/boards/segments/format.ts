import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/records';
import { useSettings } from '../../state/workshopStore';

const SYMBOL: Record<Settings['currency'], string> = { CNY: '¥', USD: '$', EUR: '€' };

export interface Formatters {
  /** "¥ 12,400 M": money is stored in millions of the workshop's currency. */
  money(value: number): string;
  /** "38 %" (one decimal below 1 %, so a small share does not read as nothing). */
  share(percent: number | null): string;
  /** "1,250" */
  int(value: number): string;
  symbol: string;
}

/** Locale-aware number formats in the UI language, with units always shown (UX.md). */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation('segments');
  const currency = useSettings()?.currency ?? 'CNY';
  const lang = i18n.language;
  return useMemo(() => {
    const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const symbol = SYMBOL[currency];
    return {
      symbol,
      money: (value) => t('units.money', { symbol, value: (Math.abs(value) >= 100 ? whole : oneDecimal).format(value) }),
      share: (p) => {
        if (p === null) return '—';
        // A sliver of the total is not nothing: say "< 0.1 %" rather than "0 %".
        if (p > 0 && p < 0.1) return t('units.share', { value: `< ${oneDecimal.format(0.1)}` });
        return t('units.share', { value: (p < 1 ? oneDecimal : whole).format(p) });
      },
      int: (value) => whole.format(value),
    };
  }, [lang, currency, t]);
}
