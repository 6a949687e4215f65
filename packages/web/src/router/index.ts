import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { authRoutes } from '../modules/auth/routes';
import { boardRoutes } from '../modules/board/routes';
import { commissionRoutes } from '../modules/commissions/routes';
import { contactRoutes } from '../modules/contacts/routes';
import { dealRoutes } from '../modules/deals/routes';
import { leadRoutes } from '../modules/leads/routes';
import { myDayRoutes } from '../modules/my-day/routes';
import { partnerRoutes } from '../modules/partners/routes';
import { pluginRoutes } from '../modules/plugins/routes';
import { portalRedirect, portalRoutes } from '../modules/portal/routes';
import { referralRoutes } from '../modules/referral/routes';
import { settingsRoutes } from '../modules/settings/routes';
import { useSessionStore } from '../stores/session';

/** Each module names its own pages (`modules/<module>/routes.ts`); those inside the app shell need a session. */
const routes: RouteRecordRaw[] = [
  ...authRoutes,
  ...referralRoutes,
  {
    path: '/',
    component: () => import('../layouts/AppShell.vue'),
    children: [
      { path: '', name: 'home', redirect: { name: 'my-day' } },
      ...myDayRoutes,
      ...boardRoutes,
      ...dealRoutes,
      ...leadRoutes,
      ...contactRoutes,
      ...settingsRoutes,
      ...commissionRoutes,
      ...pluginRoutes,
      ...partnerRoutes,
      ...portalRoutes,
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
];

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes });
  // Pages other than the public ones (login, signup, invites, referral links) need a session.
  // Logged-in people skip login and signup; invites and pages for anyone (`meta.anyone`: a referral link) still show.
  router.beforeEach((to) => {
    const session = useSessionStore();
    if (!to.meta.public && !session.isLoggedIn) return { name: 'login', query: { next: to.fullPath } };
    if (to.meta.public && !to.meta.anyone && session.isLoggedIn && to.name !== 'invite') return { name: 'home' };
    // A partner's user sees the partner portal only (home included); the team does not see the portal.
    return portalRedirect(to, session.user?.role) ?? true;
  });
  return router;
}
