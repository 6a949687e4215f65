import { UserInputError } from '../../graphql/errors';

/** The languages the product speaks (DOMAIN: Hebrew and Arabic right-to-left). */
export const LOCALES = ['en', 'he', 'ar', 'pl', 'ru'] as const;

export function assertTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    throw new UserInputError('timeZone', `"${timeZone}" is not a time zone; use an IANA name such as Europe/Warsaw`);
  }
}

export function assertLocale(locale: string): string {
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new UserInputError('locale', `Language must be one of ${LOCALES.join(', ')}`);
  }
  return locale;
}
