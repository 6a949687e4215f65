import { createI18n } from 'vue-i18n';
import type { Messages } from './collect';

/** The languages of the UI; Hebrew and Arabic are laid out right to left. */
export const LOCALES = [
  { code: 'en', name: 'English', rtl: false },
  { code: 'he', name: 'עברית', rtl: true },
  { code: 'ar', name: 'العربية', rtl: true },
  { code: 'pl', name: 'Polski', rtl: false },
  { code: 'ru', name: 'Русский', rtl: false },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

/**
 * Each language's texts are a chunk of their own (`bundles/<code>.ts`), fetched when the
 * language is first used: a reader downloads one language, not five.
 */
export const BUNDLES: Record<LocaleCode, () => Promise<{ default: Messages }>> = {
  en: () => import('./bundles/en'),
  he: () => import('./bundles/he'),
  ar: () => import('./bundles/ar'),
  pl: () => import('./bundles/pl'),
  ru: () => import('./bundles/ru'),
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

export const i18n = createI18n({ legacy: false, locale: initialLocale(), fallbackLocale: 'en', messages: {} as Record<LocaleCode, Messages> });

export async function loadLocale(code: LocaleCode): Promise<void> {
  if (i18n.global.availableLocales.includes(code)) return;
  i18n.global.setLocaleMessage(code, (await BUNDLES[code]()).default);
}

/**
 * Switches the language (fetching its texts the first time), the page direction (<html dir>),
 * and remembers the choice. A language already loaded switches at once.
 */
export function setLocale(code: LocaleCode): void {
  const apply = () => {
    i18n.global.locale.value = code;
    localStorage.setItem(STORAGE_KEY, code);
    document.documentElement.lang = code;
    document.documentElement.dir = isRtl(code) ? 'rtl' : 'ltr';
  };
  if (i18n.global.availableLocales.includes(code)) apply();
  else void loadLocale(code).then(apply);
}
