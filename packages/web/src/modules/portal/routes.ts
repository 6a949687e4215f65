import type { RouteLocationNormalized, RouteLocationRaw, RouteRecordRaw } from 'vue-router';

/** The partner portal: the pages a partner's user (role PARTNER) sees, and only those. */
export const portalRoutes: RouteRecordRaw[] = [
  { path: 'portal', name: 'portal', component: () => import('./PortalOverviewView.vue'), meta: { portal: true } },
  { path: 'portal/register', name: 'portal-register', component: () => import('./PortalRegisterView.vue'), meta: { portal: true } },
  { path: 'portal/registrations', name: 'portal-registrations', component: () => import('./PortalRegistrationsView.vue'), meta: { portal: true } },
  { path: 'portal/deals', name: 'portal-deals', component: () => import('./PortalDealsView.vue'), meta: { portal: true } },
  { path: 'portal/earnings', name: 'portal-earnings', component: () => import('./PortalEarningsView.vue'), meta: { portal: true } },
  { path: 'portal/statements', name: 'portal-statements', component: () => import('./PortalStatementsView.vue'), meta: { portal: true } },
];

/**
 * Where the router guard sends a logged-in person instead: a partner's user to the portal from
 * any team page (the server would refuse its every request), the team from the portal home.
 * Null lets the navigation through.
 */
export function portalRedirect(to: RouteLocationNormalized, role: string | null | undefined): RouteLocationRaw | null {
  if (to.meta.public || !role) return null;
  const partner = role === 'PARTNER';
  if (partner && !to.meta.portal) return { name: 'portal' };
  if (!partner && to.meta.portal) return { name: 'home' };
  return null;
}
