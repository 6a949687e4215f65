import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFormat } from '../../common/format';
import type { PluginVersionFieldsFragment } from '../../gql/graphql';
import { draftOf, fieldsOf, settingsOf, type Draft, type Problem } from './schema-form';

/** What is wrong with a setting, in the reader's language. */
export function useProblemText() {
  const { t } = useI18n();
  const { number, rate } = useFormat();
  return (problem: Problem) => {
    const limit = problem.limit === undefined ? '' : problem.percent ? rate(problem.limit) : number(problem.limit);
    return t(`plugins.schemaForm.problem.${problem.code}`, { limit });
  };
}

/**
 * A version of a plugin and the settings form for it: `reset` starts from some settings (the
 * schema's defaults fill the rest); `choose` moves to another version keeping what was typed
 * wherever the new schema has the same setting; `read` gives the settings and their problems.
 */
export function useSettingsDraft(versions: () => readonly PluginVersionFieldsFragment[]) {
  const { locale } = useI18n();
  const versionId = ref<string | null>(null);
  const draft = ref<Draft>({});
  const versionOf = (id: string | null) => versions().find((version) => version.id === id) ?? null;
  const fieldsFor = (version: PluginVersionFieldsFragment | null) => (version ? fieldsOf(version.settingsSchema) : []);
  const version = computed(() => versionOf(versionId.value));
  const fields = computed(() => fieldsFor(version.value));

  function reset(id: string | null, settings?: Record<string, unknown>): void {
    versionId.value = id;
    draft.value = draftOf(fieldsFor(versionOf(id)), settings, locale.value);
  }

  function choose(id: string): void {
    if (id !== versionId.value) reset(id, read().settings);
  }

  function read() {
    return settingsOf(fields.value, draft.value, locale.value);
  }

  return { versionId, version, fields, draft, reset, choose, read };
}
