import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Where the chosen language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'dichtbij.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}

// Dutch first: only a choice the user made (kept in localStorage) switches to English.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    fallbackLng: 'nl',
    supportedLngs: LANGUAGES,
    load: 'languageOnly',
    initAsync: false,
    detection: { order: ['localStorage'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'] },
    interpolation: { escapeValue: false },
  });

const reflectLanguage = (language: string) => {
  document.documentElement.lang = currentLanguage(language);
};
reflectLanguage(i18n.language);
i18n.on('languageChanged', reflectLanguage);

export function currentLanguage(language: string = i18n.resolvedLanguage ?? i18n.language): Language {
  return language?.startsWith('en') ? 'en' : 'nl';
}

/** The locale for dates and numbers in the current language. */
export const locale = (): string => (currentLanguage() === 'en' ? 'en-GB' : 'nl-NL');

export default i18n;
