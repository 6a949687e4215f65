import type { RouteRecordRaw } from 'vue-router';

export const authRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./LoginView.vue'), meta: { public: true } },
  { path: '/signup', name: 'signup', component: () => import('./SignupView.vue'), meta: { public: true } },
  { path: '/accept-invite', name: 'invite', component: () => import('./AcceptInviteView.vue'), meta: { public: true } },
];
