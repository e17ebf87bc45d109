// The enterprise portal: its notices and cases, statement, answers with evidence, extension.
export const routes = [
  {
    path: 'portal',
    name: 'portal',
    component: () => import('@/views/portal/PortalCases.vue'),
    meta: { title: '我的通知书', menu: true, icon: 'Document', order: 10, roles: ['ENTERPRISE'] },
  },
  {
    path: 'portal/cases/:id(\\d+)',
    name: 'portal-case',
    component: () => import('@/views/portal/PortalCase.vue'),
    props: true,
    meta: { title: '案件办理', parent: 'portal', roles: ['ENTERPRISE'] },
  },
]
