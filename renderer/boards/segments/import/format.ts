import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers in the UI language's format ("1,234.5"; the unit is shown by the caller). */
export function useNumberFormat(): (n: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    return (n: number) => f.format(n);
  }, [i18n.language]);
}

/** Long cell text, cut for a table cell (the whole text is in the title tooltip). */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
