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
    else message.value = errorText(error, t);
  }

  return { message, fields, clear, show };
}

/**
 * What to tell a person about a failure: the server's own message for a refusal it explains
 * (conflict, not found, bad input), ours for a lost connection or a fault on our side.
 */
export function errorText(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError && error.code !== 'INTERNAL_SERVER_ERROR') return error.message;
  if (error instanceof NetworkError) return t('errors.network');
  return t('errors.unexpected');
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
