import type { RouteRecordRaw } from 'vue-router';

export const leadRoutes: RouteRecordRaw[] = [
  { path: 'leads', name: 'leads', component: () => import('./LeadsView.vue') },
  { path: 'leads/:id', name: 'lead', component: () => import('./LeadView.vue') },
];
