import { useI18n } from 'vue-i18n';

/** A country's name in the reader's language from its ISO 3166-1 code (PL → Polska); the code when unknown. */
export function useCountryName() {
  const { locale } = useI18n();
  return (code: string): string => {
    try {
      return new Intl.DisplayNames([locale.value], { type: 'region' }).of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  };
}
