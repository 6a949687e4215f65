import { computed, type ComputedRef } from 'vue';
import { useSessionStore } from '../../stores/session';

/** The address of a referral code's public page (`/refer/<workspace>/<code>`, see routes.ts) on this site. */
export function referralLink(workspaceSlug: string, code: string): string {
  return `${window.location.origin}/refer/${encodeURIComponent(workspaceSlug)}/${encodeURIComponent(code)}`;
}

/** The link for a code of the workspace one is logged in to; null while there is no code (or no session). */
export function useReferralLink(code: () => string | null | undefined): ComputedRef<string | null> {
  const session = useSessionStore();
  return computed(() => {
    const slug = session.tenant?.slug;
    const current = code();
    return slug && current ? referralLink(slug, current) : null;
  });
}
