import { createI18n } from 'vue-i18n';
import { ar as vuetifyAr, en as vuetifyEn, he as vuetifyHe, pl as vuetifyPl, ru as vuetifyRu } from 'vuetify/locale';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import pl from './locales/pl.json';
import ru from './locales/ru.json';

/** The languages of the UI; Hebrew and Arabic are laid out right to left. */
export const LOCALES = [
  { code: 'en', name: 'English', rtl: false },
  { code: 'he', name: 'עברית', rtl: true },
  { code: 'ar', name: 'العربية', rtl: true },
  { code: 'pl', name: 'Polski', rtl: false },
  { code: 'ru', name: 'Русский', rtl: false },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

interface Messages { [key: string]: Messages | string }

/**
 * Each module keeps its texts beside its code, in `modules/<module>/locales/<code>.json`; they
 * are merged under the module's name in camel case (`modules/my-day` → `myDay.…`).
 */
const moduleFiles = import.meta.glob<Messages>('../modules/*/locales/*.json', { eager: true, import: 'default' });

function withModules(code: LocaleCode, shared: Messages): Messages {
  const merged: Messages = { ...shared };
  for (const [file, texts] of Object.entries(moduleFiles)) {
    const [, folder, fileCode] = /modules\/([^/]+)\/locales\/(\w+)\.json$/.exec(file)!;
    if (fileCode === code) merged[folder!.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())] = texts;
  }
  return merged;
}

/** Vuetify's own texts (close, clear, pagination, ...) come with it, under `$vuetify`. */
export const messages: Record<LocaleCode, Messages> = {
  en: { ...withModules('en', en), $vuetify: vuetifyEn },
  he: { ...withModules('he', he), $vuetify: vuetifyHe },
  ar: { ...withModules('ar', ar), $vuetify: vuetifyAr },
  pl: { ...withModules('pl', pl), $vuetify: vuetifyPl },
  ru: { ...withModules('ru', ru), $vuetify: vuetifyRu },
};

const STORAGE_KEY = 'dealflow.locale';

export function isLocale(code: string): code is LocaleCode {
  return LOCALES.some((locale) => locale.code === code);
}

export function isRtl(code: LocaleCode): boolean {
  return LOCALES.find((locale) => locale.code === code)!.rtl;
}

/** The saved choice, else the browser's first language we have, else English. */
export function initialLocale(): LocaleCode {
  const saved = localStorage.getItem(STORAGE_KEY) ?? '';
  if (isLocale(saved)) return saved;
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]!).find(isLocale);
  return preferred ?? 'en';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages,
});

/** Switches the language, the page direction (<html dir>) and remembers the choice. */
export function setLocale(code: LocaleCode): void {
  i18n.global.locale.value = code;
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = code;
  document.documentElement.dir = isRtl(code) ? 'rtl' : 'ltr';
}
