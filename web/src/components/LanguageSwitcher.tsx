import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, type Language, languages } from '../i18n/index.js';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      <label className="language__label" htmlFor={id}>
        {t('nav.language')}
      </label>
      <select id={id} value={i18n.resolvedLanguage} onChange={(event) => chooseLanguage(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
