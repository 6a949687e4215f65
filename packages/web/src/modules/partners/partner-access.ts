import { computed } from 'vue';
import { useSessionStore } from '../../stores/session';

const MANAGERS = ['OWNER', 'ADMIN', 'MANAGER'];

/**
 * Who may change what in the partner programme, as the server decides it: everyone on the team
 * reads partners, groups and registrations; managers and above add and change them, decide
 * registrations and credit deals and leads. The UI only mirrors it.
 */
export function usePartnerAccess() {
  const session = useSessionStore();
  return { canManage: computed(() => MANAGERS.includes(session.user?.role ?? '')) };
}
