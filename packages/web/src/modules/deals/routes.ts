import type { RouteRecordRaw } from 'vue-router';

export const dealRoutes: RouteRecordRaw[] = [
  { path: 'deals/:id', name: 'deal', component: () => import('./DealView.vue') },
];
