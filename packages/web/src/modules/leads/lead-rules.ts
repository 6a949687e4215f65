import { useI18n } from 'vue-i18n';
import { useRules } from '../../common/form-errors';

/** Input rules of the lead forms, in the current language. */
export function useLeadRules() {
  const { t } = useI18n();
  const rules = useRules();
  return {
    required: rules.required,
    chosen: (value: unknown) => (value !== null && value !== undefined && value !== '') || t('leads.form.choose'),
    /** Email is optional on a lead, but when given it must look like one. */
    optionalEmail: (value: string | null) => !value?.trim() || rules.email(value),
  };
}
