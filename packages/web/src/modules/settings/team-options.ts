import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { JobTitle, Role } from '../../gql/graphql';
import { useSettingsAccess } from './settings-access';

const JOB_TITLES: JobTitle[] = ['SDR', 'ACCOUNT_EXECUTIVE', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_OPS', 'OTHER'];

/**
 * Roles and job titles to choose from, in words. PARTNER users come from a partner program and
 * OWNER is offered to owners only, as the server requires.
 */
export function useTeamOptions() {
  const { t } = useI18n();
  const { isOwner } = useSettingsAccess();
  const roles = computed(() => (isOwner.value ? (['OWNER', 'ADMIN', 'MANAGER', 'REP'] as Role[]) : (['ADMIN', 'MANAGER', 'REP'] as Role[]))
    .map((role) => ({ value: role, title: t(`settings.role.${role}`) })));
  const jobTitles = computed(() => JOB_TITLES.map((title) => ({ value: title, title: t(`settings.jobTitle.${title}`) })));
  return { roles, jobTitles };
}
