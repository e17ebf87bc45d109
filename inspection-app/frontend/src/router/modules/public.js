// 一公开: published plans, draw commitments and results, and closed inspection results — no login.
export const publicRoutes = [
  {
    path: '/public',
    component: () => import('@/views/public/PublicLayout.vue'),
    children: [
      { path: '', redirect: '/public/campaigns' },
      { path: 'campaigns', name: 'public-campaigns', component: () => import('@/views/public/PublicPlans.vue'), meta: { title: '监察计划公示' } },
      { path: 'campaigns/:id(\\d+)', name: 'public-campaign', component: () => import('@/views/public/PublicPlan.vue'), props: true, meta: { title: '监察计划' } },
      {
        path: 'campaigns/:id(\\d+)/draws/:attempt(\\d+)',
        name: 'public-draw',
        component: () => import('@/views/public/PublicDraw.vue'),
        props: true,
        meta: { title: '随机抽取结果' },
      },
    ],
  },
]
