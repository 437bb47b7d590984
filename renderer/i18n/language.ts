import type { Language } from '../../shared/workshop';

export const LANG_KEY = 'salesmap.language';

/** The system's language unless the user chose one: Chinese systems get zh-CN, others English. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

/**
 * The first Intl.NumberFormat of a locale loads its ICU data (~30 ms on a cold start, measured in
 * the segments board's first render). Done once while the app's code downloads, the boards' own
 * formats are then cheap.
 */
export function warmNumberFormats(lang: Language): void {
  new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(12_400);
  new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(0.1);
}
