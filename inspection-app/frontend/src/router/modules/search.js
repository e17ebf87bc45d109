export const routes = [
  {
    path: 'search',
    name: 'search',
    component: () => import('@/views/search/SearchView.vue'),
    meta: { title: '全文检索', menu: true, icon: 'Search', order: 40, roles: ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR'] },
  },
]
