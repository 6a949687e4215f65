import { ref } from 'vue';
import { request } from '../../api/graphql';
import { LeadOwnerOptionsDocument } from './leads.operations';

/** The active team members a lead can be assigned to, loaded when a form needs them. */
export function useOwnerOptions() {
  const owners = ref<Array<{ id: string; name: string }>>([]);
  const loading = ref(false);

  /** Throws what the request threw, for the form to show. */
  async function load(): Promise<void> {
    loading.value = true;
    try {
      const { users } = await request(LeadOwnerOptionsDocument, {});
      owners.value = users.edges.map((edge) => edge.node).filter((user) => user.active);
    } finally {
      loading.value = false;
    }
  }

  return { owners, loading, load };
}
