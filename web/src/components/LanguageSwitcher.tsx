import { useTranslation } from 'react-i18next';
import { chooseLanguage, type Language, languages } from '../i18n/index.js';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="language__label">{t('nav.language')}</span>
      <select value={i18n.resolvedLanguage} onChange={(event) => chooseLanguage(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
