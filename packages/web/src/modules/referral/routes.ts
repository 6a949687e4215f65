import type { RouteRecordRaw } from 'vue-router';

/**
 * A referral link's page: public, outside the app shell, and shown to the logged-in too
 * (`anyone`: the router guard does not send them home), since anyone may open a link they were sent.
 */
export const referralRoutes: RouteRecordRaw[] = [
  { path: '/refer/:workspace/:code', name: 'refer', component: () => import('./ReferralView.vue'), meta: { public: true, anyone: true } },
];
