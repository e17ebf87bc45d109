import { createRouter, createWebHistory } from 'vue-router'
import { session } from './session'

const router = createRouter({
  history: createWebHistory('/m/'),
  routes: [
    { path: '/login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
    { path: '/', component: () => import('./views/InspectionList.vue') },
    { path: '/cases/:id', component: () => import('./views/CaseView.vue'), props: (r) => ({ caseId: Number(r.params.id) }) },
    { path: '/sync', component: () => import('./views/SyncView.vue') },
    { path: '/me', component: () => import('./views/MeView.vue') },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

router.beforeEach((to) => {
  if (!to.meta.public && !session.user) return { path: '/login', query: { next: to.fullPath } }
  return true
})

export default router
