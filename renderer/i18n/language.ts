import type { Language } from '../../shared/workshop';

export const LANG_KEY = 'salesmap.language';

/** The system's language unless the user chose one: Chinese systems get zh-CN, others English. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

