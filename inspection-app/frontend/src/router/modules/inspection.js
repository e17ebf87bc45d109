// Case lifecycle: my tasks (workbench), the case list and a case's detail.
const AGENCY = ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR']

export const routes = [
  {
    path: 'workbench',
    name: 'workbench',
    component: () => import('@/views/workbench/WorkbenchView.vue'),
    meta: { title: '我的待办', menu: true, icon: 'Bell', order: 10, roles: ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN'] },
  },
  {
    path: 'cases',
    name: 'cases',
    component: () => import('@/views/cases/CaseList.vue'),
    meta: { title: '监察案件', menu: true, icon: 'Files', order: 20, roles: AGENCY },
  },
  {
    path: 'cases/:id(\\d+)',
    name: 'case-detail',
    component: () => import('@/views/cases/CaseDetail.vue'),
    props: true,
    meta: { title: '案件详情', parent: 'cases', roles: AGENCY },
  },
]
