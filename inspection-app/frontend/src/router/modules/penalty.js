// Penalties (行政处罚): the agency's list and case pages with their tasks, the enterprise's notices and requests, the
// province's settings (处罚机关, the credit platform's pushes) and the public page 行政处罚信息公示 (no login).
const AGENCY = ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR']

export const routes = [
  {
    path: 'penalties',
    name: 'penalties',
    component: () => import('@/views/penalties/PenaltyList.vue'),
    meta: { title: '行政处罚', menu: true, icon: 'Tickets', order: 25, roles: AGENCY },
  },
  {
    path: 'penalties/:id(\\d+)',
    name: 'penalty-detail',
    component: () => import('@/views/penalties/PenaltyDetail.vue'),
    props: true,
    meta: { title: '处罚案件', parent: 'penalties', roles: AGENCY },
  },
  {
    path: 'portal/penalties',
    name: 'portal-penalties',
    component: () => import('@/views/penalties/PortalPenalties.vue'),
    meta: { title: '行政处罚与信用修复', menu: true, icon: 'Tickets', order: 11, roles: ['ENTERPRISE'] },
  },
  {
    path: 'portal/penalties/:id(\\d+)',
    name: 'portal-penalty',
    component: () => import('@/views/penalties/PortalPenalty.vue'),
    props: true,
    meta: { title: '处罚案件办理', parent: 'portal-penalties', roles: ['ENTERPRISE'] },
  },
  {
    path: 'admin/penalty-settings',
    name: 'penalty-settings',
    component: () => import('@/views/penalties/PenaltySettings.vue'),
    meta: { title: '处罚机关与信用推送', menu: true, group: '系统管理', icon: 'Tickets', order: 91, roles: ['PROVINCE_ADMIN'] },
  },
]

export const publicRoutes = [
  {
    path: '/public/penalties',
    component: () => import('@/views/public/PublicLayout.vue'),
    children: [
      { path: '', name: 'public-penalties', component: () => import('@/views/penalties/PublicPenalties.vue'), meta: { title: '行政处罚信息公示' } },
    ],
  },
]
