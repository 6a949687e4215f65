import { computed, ref } from 'vue';
import { request } from '../api/graphql';
import { graphql } from '../gql';

export const TeamMembersDocument = graphql(`
  query TeamMembers { users(first: 100) { edges { node { id name active } } } }
`);

export interface TeamMember {
  id: string;
  name: string;
  active: boolean;
}

/**
 * The workspace's people, for owner pickers and filters: everyone can be filtered on (a former
 * colleague still owns records); only active people can be given a record.
 */
export function useTeam() {
  const members = ref<TeamMember[]>([]);
  const loading = ref(false);
  const assignable = computed(() => members.value.filter((member) => member.active));

  /** Throws what the request threw, for the caller to show or to do without. */
  async function load(): Promise<void> {
    loading.value = true;
    try {
      members.value = (await request(TeamMembersDocument, {})).users.edges.map((edge) => edge.node);
    } finally {
      loading.value = false;
    }
  }

  return { members, assignable, loading, load };
}
