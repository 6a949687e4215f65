import { computed, ref, watch, type Ref } from 'vue';
import { useRoute } from 'vue-router';
import { useFormErrors } from '../../common/form-errors';
import { isConflict } from './drafts';

/**
 * A record's page at `/<records>/:id`: loads it (`load` answers null when it does not exist or
 * may not be seen), and runs changes such as archiving with one error display. A CONFLICT means
 * the record moved on since it was read: the server's message stays up and the record reloads.
 */
export function useRecordPage<Data>(load: (id: string) => Promise<Data | null>) {
  const route = useRoute();
  const pageRoute = route.name;
  const id = computed(() => String(route.params.id));
  const data = ref(null) as Ref<Data | null>;
  const loading = ref(false);
  const notFound = ref(false);
  const busy = ref(false);
  const errors = useFormErrors();

  async function reload(): Promise<void> {
    loading.value = true;
    try {
      data.value = await load(id.value);
      notFound.value = data.value === null;
    } catch (error) {
      errors.show(error);
    } finally {
      loading.value = false;
    }
  }

  async function act(change: () => Promise<void>): Promise<void> {
    busy.value = true;
    errors.clear();
    try {
      await change();
    } catch (error) {
      errors.show(error);
      if (isConflict(error)) await reload();
    } finally {
      busy.value = false;
    }
  }

  // Null once the page is being left: the route's id then belongs to the next page.
  watch(() => (route.name === pageRoute ? route.params.id : null), (next) => {
    if (!next) return;
    data.value = null;
    errors.clear();
    void reload();
  }, { immediate: true });

  return { id, data, loading, notFound, busy, errors, reload, act };
}
