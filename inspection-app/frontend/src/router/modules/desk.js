// Desk review from the annual 能源利用状况报告 (书面监察): the enterprise's report form and its own 能效对标 in the portal;
// the agency's filing rounds, the screening results (a desk case opened from a result is an ordinary case: case page,
// workbench) and the 能效领跑者 candidates. The desk figures of the dashboard are a tab of 统计分析.
const AGENCY = ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR']

export const routes = [
  {
    path: 'portal/report',
    name: 'portal-report',
    component: () => import('@/views/desk/ReportForm.vue'),
    meta: { title: '能源利用状况报告', menu: true, icon: 'Postcard', order: 12, roles: ['ENTERPRISE'] },
  },
  {
    path: 'portal/benchmark',
    name: 'portal-benchmark',
    component: () => import('@/views/desk/PortalBenchmark.vue'),
    meta: { title: '能效对标', menu: true, icon: 'DataAnalysis', order: 13, roles: ['ENTERPRISE'] },
  },
  {
    path: 'desk/rounds',
    name: 'desk-rounds',
    component: () => import('@/views/desk/RoundList.vue'),
    meta: { title: '报告报送轮次', menu: true, icon: 'Calendar', order: 21, roles: AGENCY },
  },
  {
    path: 'desk/rounds/:id(\\d+)',
    name: 'desk-round',
    component: () => import('@/views/desk/RoundDetail.vue'),
    props: true,
    meta: { title: '报送进度', parent: 'desk-rounds', roles: AGENCY },
  },
  {
    path: 'desk/screenings',
    name: 'desk-screenings',
    component: () => import('@/views/desk/ScreeningList.vue'),
    meta: { title: '报告筛查', menu: true, icon: 'Warning', order: 22, roles: AGENCY },
  },
  {
    path: 'desk/leaders',
    name: 'desk-leaders',
    component: () => import('@/views/desk/LeadersView.vue'),
    meta: { title: '能效领跑者候选', menu: true, icon: 'Flag', order: 36, roles: AGENCY },
  },
]
