import { useI18n } from 'vue-i18n';

/** A win probability: a whole percent from 0 to 100. */
export function useProbabilityRule() {
  const { t } = useI18n();
  return (value: string): true | string => (/^\d{1,3}$/.test(String(value).trim()) && Number(value) <= 100) || t('settings.probabilityRule');
}
