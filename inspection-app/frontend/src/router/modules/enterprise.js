export const routes = [
  {
    path: 'enterprises',
    name: 'enterprises',
    component: () => import('@/views/enterprises/EnterpriseList.vue'),
    meta: { title: '企业名录', menu: true, icon: 'OfficeBuilding', order: 30, roles: ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR'] },
  },
  {
    path: 'enterprises/:uscc([0-9A-Z]{18})',
    name: 'enterprise-detail',
    component: () => import('@/views/enterprises/EnterpriseDetail.vue'),
    props: true,
    meta: { title: '企业详情', parent: 'enterprises', roles: ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR'] },
  },
]
