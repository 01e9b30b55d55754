import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';

export const languages = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;
export type Language = (typeof languages)[number]['code'];

const storageKey = 'replytrack.language';
const isLanguage = (code: string | null): code is Language => languages.some((language) => language.code === code);

/** The user's own choice first, then the first browser language we speak, then English. */
function initialLanguage(): Language {
  const chosen = localStorage.getItem(storageKey);
  if (isLanguage(chosen)) return chosen;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function chooseLanguage(code: Language): void {
  localStorage.setItem(storageKey, code);
  void i18n.changeLanguage(code);
}

i18n.on('languageChanged', (code) => {
  document.documentElement.lang = code;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;
