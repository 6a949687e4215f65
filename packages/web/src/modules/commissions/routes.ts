import type { RouteRecordRaw } from 'vue-router';

export const commissionRoutes: RouteRecordRaw[] = [
  { path: 'commissions', name: 'commissions', component: () => import('./LedgerView.vue') },
  { path: 'commissions/payouts', name: 'commission-payouts', component: () => import('./PayoutsView.vue') },
  { path: 'commissions/periods', name: 'commission-periods', component: () => import('./PeriodsView.vue') },
];
