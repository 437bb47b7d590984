import i18next, { type i18n } from 'i18next';
import type { Translate } from '../../shared/export/input';
import type { Language } from '../../shared/workshop';
// The interface's own translation files: an exported slide says exactly what the board says.
import { NAMESPACES, resources } from '../../renderer/i18n/resources';

let instance: i18n | null = null;

/** One i18next for the service (never the renderer's: that one follows the interface language). */
function shared(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'zh-CN',
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Strings in a fixed language: keys are "namespace:key" ("segments:units.money"). */
export function translator(language: Language): Translate {
  const t = shared().getFixedT(language);
  return (key, values) => t(key, values) as string;
}
