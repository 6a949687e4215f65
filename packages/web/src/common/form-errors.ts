import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError, NetworkError } from '../api/graphql';

/**
 * A form's error state: the message for the whole form, and messages per input field
 * (BAD_USER_INPUT names the field), from whatever a submit threw.
 */
export function useFormErrors() {
  const { t } = useI18n();
  const message = ref<string | null>(null);
  const fields = ref<Record<string, string>>({});

  function clear(): void {
    message.value = null;
    fields.value = {};
  }

  function show(error: unknown): void {
    clear();
    if (error instanceof ApiError && error.field) fields.value = { [error.field]: error.message };
    else if (error instanceof ApiError && error.code !== 'INTERNAL_SERVER_ERROR') message.value = error.message;
    else if (error instanceof NetworkError) message.value = t('errors.network');
    else message.value = t('errors.unexpected');
  }

  return { message, fields, clear, show };
}

/** Rules for Vuetify inputs, in the current language. */
export function useRules() {
  const { t } = useI18n();
  return {
    required: (value: string) => value.trim() !== '' || t('auth.required'),
    email: (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) || t('auth.invalidEmail'),
    password: (value: string) => value.length >= 10 || t('auth.passwordHint'),
  };
}
