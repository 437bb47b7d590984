import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../state/workshopStore';
import { makeFormatters, type Formatters } from './formatters';

export { makeFormatters, type Formatters } from './formatters';

/** Number formatting in the UI language and the workshop's currency. */
export function useFormatters(): Formatters {
  const { t, i18n } = useTranslation('coverage');
  const currency = useSettings()?.currency ?? 'CNY';
  return useMemo(() => makeFormatters(i18n.language, currency, t), [i18n.language, currency, t]);
}

/**
 * A difference with its sign in the text ("+3", "−2", "±0"), never in a colour alone; money to
 * one decimal, so −0.04 M reads as no change.
 */
export function deltaText(f: Formatters, value: number, money = false): string {
  const rounded = Math.round(value * (money ? 10 : 1)) / (money ? 10 : 1);
  if (rounded === 0) return '\u00b10';
  return money ? f.signedMoney(value) : f.signed(value);
}
