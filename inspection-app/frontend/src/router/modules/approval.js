// 项目审批 (产能置换, 白名单): the enterprise's applications with the live pre-check, the reviewers' queue and steps,
// and the public 公示 with the anonymous objection form and the published decisions.
const READERS = ['ENTERPRISE', 'PROJECT_REVIEWER', 'PROVINCE_ADMIN', 'AUDITOR', 'SUPERVISOR']

export const routes = [
  {
    path: 'approvals',
    name: 'approvals',
    component: () => import('@/views/approvals/ApplicationList.vue'),
    meta: { title: '项目审批', menu: true, icon: 'Document', order: 25, roles: READERS },
  },
  {
    path: 'approvals/capacity-replacement/new',
    name: 'capacity-new',
    component: () => import('@/views/approvals/CapacityPlanEditor.vue'),
    meta: { title: '产能置换方案', parent: 'approvals', roles: ['ENTERPRISE'] },
  },
  {
    path: 'approvals/white-list/new',
    name: 'white-list-new',
    component: () => import('@/views/approvals/WhiteListEditor.vue'),
    meta: { title: '白名单申请', parent: 'approvals', roles: ['ENTERPRISE'] },
  },
  {
    path: 'approvals/:id(\\d+)/edit',
    name: 'approval-edit',
    component: () => import('@/views/approvals/ApplicationEdit.vue'),
    props: true,
    meta: { title: '修改申请', parent: 'approvals', roles: ['ENTERPRISE'] },
  },
  {
    path: 'approvals/:id(\\d+)',
    name: 'approval-detail',
    component: () => import('@/views/approvals/ApplicationDetail.vue'),
    props: true,
    meta: { title: '申请详情', parent: 'approvals', roles: READERS },
  },
]

export const publicRoutes = [
  {
    path: '/public/approvals',
    component: () => import('@/views/public/PublicLayout.vue'),
    children: [
      { path: '', name: 'public-approvals', component: () => import('@/views/approvals/PublicApprovals.vue'), meta: { title: '项目审批公示' } },
      {
        path: ':number([A-Z]{2}-\\d{4}-\\d{6})',
        name: 'public-approval',
        component: () => import('@/views/approvals/PublicApproval.vue'),
        props: true,
        meta: { title: '公示详情' },
      },
    ],
  },
]
