import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/workshop';
import { setLanguage } from '../i18n';

/** zh-CN / en for the interface; a workshop's own content keeps the language it was written in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="sr-only">{t('language')}</span>
      <select aria-label={t('language')} value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
