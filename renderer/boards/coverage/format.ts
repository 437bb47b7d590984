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
