import type { RouteRecordRaw } from 'vue-router';

export const myDayRoutes: RouteRecordRaw[] = [
  { path: 'my-day', name: 'my-day', component: () => import('./MyDayView.vue') },
];
