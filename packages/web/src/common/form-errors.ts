import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError, NetworkError } from '../api/graphql';
import { i18n } from '../i18n';

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
    if (error instanceof ApiError && error.field) fields.value = { [error.field]: refusalText(error, t) };
    else message.value = errorText(error, t);
  }

  return { message, fields, clear, show };
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Refusals the server explains; its messages are in English (see refusalText). */
const REFUSALS = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

/**
 * A form's submit: `busy` while it runs, and whatever it throws shown by `errors` (the field's
 * error under its input, the rest above the form). `run` says whether the action succeeded.
 */
export function useSubmit() {
  const errors = useFormErrors();
  const busy = ref(false);

  /** `refused` hears what the action threw, after it is shown (e.g. to reload on a CONFLICT). */
  async function run(action: () => Promise<unknown>, refused?: (error: unknown) => void): Promise<boolean> {
    busy.value = true;
    errors.clear();
    try {
      await action();
      return true;
    } catch (caught) {
      errors.show(caught);
      refused?.(caught);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { errors, busy, run };
}

/**
 * What to tell a person about a failure: the server's own explanation for a refusal (conflict,
 * not found, bad input), ours for a lost connection or a fault on our side.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.code !== 'INTERNAL_SERVER_ERROR') return refusalText(error, t);
  if (error instanceof NetworkError) return t('errors.network');
  return t('errors.unexpected');
}

/**
 * The server writes its explanations in English. In English they are shown as they are; in
 * the other languages the refusal is said in the reader's language, with the server's precise
 * words after it.
 */
function refusalText(error: ApiError, t: Translate): string {
  if (i18n.global.locale.value === 'en' || !REFUSALS.has(error.code)) return error.message;
  return t('errors.refusal', { meaning: t(`errors.code.${error.code}`), detail: error.message });
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
