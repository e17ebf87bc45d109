// The dashboard (统计分析): ECharts over GET /api/v1/dashboard; every chart opens the case list filtered the same way.
export const routes = [
  {
    path: 'dashboard',
    name: 'dashboard',
    component: () => import('@/views/dashboard/DashboardView.vue'),
    meta: { title: '统计分析', menu: true, icon: 'DataAnalysis', order: 5, roles: ['SUPERVISOR', 'PROVINCE_ADMIN', 'AUDITOR'] },
  },
]
