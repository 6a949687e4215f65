import type { RouteRecordRaw } from 'vue-router';

/** The team's side of the partner programme (the partners' own side is the portal module). */
export const partnerRoutes: RouteRecordRaw[] = [
  { path: 'partners', name: 'partners', component: () => import('./PartnersView.vue') },
  { path: 'partners/groups', name: 'partner-groups', component: () => import('./PartnerGroupsView.vue') },
  { path: 'partners/registrations', name: 'partner-registrations', component: () => import('./RegistrationsView.vue') },
  { path: 'partners/:id', name: 'partner', component: () => import('./PartnerView.vue') },
];
