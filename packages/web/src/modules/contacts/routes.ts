import type { RouteRecordRaw } from 'vue-router';

export const contactRoutes: RouteRecordRaw[] = [
  { path: 'contacts', name: 'contacts', component: () => import('./ContactsView.vue') },
  { path: 'contacts/:id', name: 'contact', component: () => import('./ContactView.vue') },
  { path: 'organizations', name: 'organizations', component: () => import('./OrganizationsView.vue') },
  { path: 'organizations/:id', name: 'organization', component: () => import('./OrganizationView.vue') },
];
