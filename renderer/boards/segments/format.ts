import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../state/workshopStore';
import { makeSegmentFormat, type Formatters } from './formatters';

export type { Formatters } from './formatters';

/** Locale-aware number formats in the UI language and the workshop's currency. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation('segments');
  const currency = useSettings()?.currency ?? 'CNY';
  const lang = i18n.language;
  return useMemo(() => makeSegmentFormat(lang, currency, t), [lang, currency, t]);
}
