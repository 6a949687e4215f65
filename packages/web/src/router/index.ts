import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '../stores/session';

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('../views/LoginView.vue'), meta: { public: true } },
  { path: '/signup', name: 'signup', component: () => import('../views/SignupView.vue'), meta: { public: true } },
  { path: '/accept-invite', name: 'invite', component: () => import('../views/AcceptInviteView.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('../layouts/AppShell.vue'),
    children: [
      { path: '', name: 'home', component: () => import('../views/HomeView.vue') },
      { path: 'pipelines/:pipelineId?', name: 'board', component: () => import('../views/PipelineBoardView.vue') },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
];

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes });
  // Pages other than login, signup and invites need a session; logged-in people skip login.
  router.beforeEach((to) => {
    const session = useSessionStore();
    if (!to.meta.public && !session.isLoggedIn) return { name: 'login', query: { next: to.fullPath } };
    if (to.meta.public && session.isLoggedIn && to.name !== 'invite') return { name: 'home' };
    return true;
  });
  return router;
}
