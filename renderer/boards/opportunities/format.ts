import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_SYMBOLS } from '../../../shared/records';
import { useSettings } from '../../state/workshopStore';

export interface PipelineFormat {
  /** "¥ 12.5 M": money is stored in millions of the workshop's currency. */
  money(value: number): string;
  percent(value: number): string;
  count(value: number): string;
}

/** Numbers on the opportunity board in the UI language and the workshop's currency, units always shown. */
export function usePipelineFormat(): PipelineFormat {
  const { i18n } = useTranslation();
  const currency = useSettings()?.currency ?? 'CNY';
  return useMemo(() => {
    const one = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
    const symbol = CURRENCY_SYMBOLS[currency];
    return {
      money: (v) => `${symbol} ${(Math.abs(v) >= 100 ? whole : one).format(v)} M`,
      percent: (v) => `${whole.format(v)} %`,
      count: (v) => (Number.isFinite(v) ? whole.format(v) : '∞'),
    };
  }, [i18n.language, currency]);
}
