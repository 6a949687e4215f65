import { computed } from 'vue';
import { useSessionStore } from '../../stores/session';

/**
 * Who may change what here, as the server decides it: owners and admins manage pipelines, the
 * team, invites and the workspace; only an owner makes or changes owners. The UI only mirrors
 * it, so people are not offered buttons that would be refused.
 */
export function useSettingsAccess() {
  const session = useSessionStore();
  return {
    canManage: computed(() => session.user?.role === 'OWNER' || session.user?.role === 'ADMIN'),
    isOwner: computed(() => session.user?.role === 'OWNER'),
  };
}
