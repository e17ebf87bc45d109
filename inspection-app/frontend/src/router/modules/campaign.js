// Campaigns (监察计划): plans down the tiers, the double-random draw, cases, roll-up and publication.
const STAFF = ['SUPERVISOR', 'PROVINCE_ADMIN', 'AUDITOR']

export const routes = [
  {
    path: 'campaigns',
    name: 'campaigns',
    component: () => import('@/views/campaigns/CampaignList.vue'),
    meta: { title: '监察计划', menu: true, icon: 'Flag', order: 15, roles: STAFF },
  },
  {
    path: 'campaigns/:id(\\d+)',
    name: 'campaign-detail',
    component: () => import('@/views/campaigns/CampaignDetail.vue'),
    props: true,
    meta: { title: '计划详情', parent: 'campaigns', roles: STAFF },
  },
]
