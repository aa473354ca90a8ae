import i18next, { type TFunction } from 'i18next';
import { type Language, type MessageKey, messages } from './messages.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Dutch unless the caller clearly prefers English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}

export function translate(language: Language, key: MessageKey, values?: Record<string, unknown>): string {
  const t: TFunction = i18n.getFixedT(language);
  return t(key, values ?? {});
}
