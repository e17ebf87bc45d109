// Desk review (书面监察) pages of issue 16 that stand alone: the 能效领跑者 candidates (agency) and the enterprise's own
// 能效对标 in the portal. The desk figures of the dashboard are a tab of 统计分析.
export const routes = [
  {
    path: 'desk/leaders',
    name: 'desk-leaders',
    component: () => import('@/views/desk/LeadersView.vue'),
    meta: { title: '能效领跑者候选', menu: true, icon: 'Flag', order: 36, roles: ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR'] },
  },
  {
    path: 'portal/benchmark',
    name: 'portal-benchmark',
    component: () => import('@/views/desk/PortalBenchmark.vue'),
    meta: { title: '能效对标', menu: true, icon: 'DataAnalysis', order: 12, roles: ['ENTERPRISE'] },
  },
]
