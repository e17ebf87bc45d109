import { createRouter, createWebHistory } from 'vue-router'
import { useUserStore } from '@/stores/user'
import { useDictionaryStore } from '@/stores/dictionary'
import { onUnauthorized } from '@/api/http'

/*
 * Routes come from modules under ./modules, one file per capability. Each exports
 *   `routes`       — pages inside the admin layout (side menu, breadcrumb); `meta.menu` puts a page in the menu,
 *                    `meta.roles` limits it, `meta.order` sorts the menu;
 *   `publicRoutes` — pages without login and without the admin layout (e.g. published draw results).
 * A new capability (campaigns, dashboard, public pages) adds a module file; nothing here changes.
 */
const modules = import.meta.glob('./modules/*.js', { eager: true })
const layoutRoutes = []
const publicRoutes = []
for (const m of Object.values(modules)) {
  layoutRoutes.push(...(m.routes || []))
  publicRoutes.push(...(m.publicRoutes || []))
}
layoutRoutes.sort((a, b) => (a.meta?.order ?? 99) - (b.meta?.order ?? 99))

export const menuRoutes = layoutRoutes

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('@/views/login/LoginView.vue'), meta: { public: true, title: '登录' } },
    // after an administrator's password reset, or when the role must enrol a second factor: nothing else until done
    { path: '/account/required', name: 'account-required', component: () => import('@/views/account/AccountRequired.vue'), meta: { title: '账号安全' } },
    ...publicRoutes.map((r) => ({ ...r, meta: { ...r.meta, public: true } })),
    {
      path: '/',
      component: () => import('@/layout/AdminLayout.vue'),
      children: [
        { path: '', name: 'home', redirect: () => useUserStore().home },
        ...layoutRoutes,
      ],
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/error/NotFound.vue'), meta: { title: '页面不存在' } },
  ],
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach(async (to) => {
  const user = useUserStore()
  // every page names codes through the dictionary: it is there before the first page renders (loaded once)
  const dictionary = useDictionaryStore().load()
  if (to.meta.public) {
    const [signedIn] = await Promise.all([to.name === 'login' ? user.load() : null, dictionary])
    if (signedIn) return to.query.redirect || user.home
    return true
  }
  const [profile] = await Promise.all([user.load(), dictionary])
  if (!profile) {
    return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  }
  const mustAct = user.profile.passwordChangeRequired || user.profile.secondFactorEnrolmentRequired
  if (mustAct && to.name !== 'account-required') return { name: 'account-required' }
  if (!mustAct && to.name === 'account-required') return user.home
  const roles = to.matched.flatMap((r) => r.meta?.roles || [])
  if (roles.length && !roles.includes(user.role)) return user.home
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - 工业节能监察平台` : '工业节能监察平台'
})

// a 401 from any API call: the session is over, sign in again and come back
onUnauthorized(() => {
  const user = useUserStore()
  user.profile = null
  user.loaded = true
  const current = router.currentRoute.value
  if (current.name !== 'login') router.replace({ name: 'login', query: { redirect: current.fullPath } })
})

export default router
