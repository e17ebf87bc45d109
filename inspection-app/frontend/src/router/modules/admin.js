// 系统管理: pages for province administrators. The holiday calendar (节假日日历) over /api/v1/admin/calendar/years:
// the years with where their holidays come from, and a year entered from its State Council notice.
export const routes = [
  {
    path: 'admin/calendar',
    name: 'calendar-years',
    component: () => import('@/views/admin/CalendarYears.vue'),
    meta: { title: '节假日日历', menu: true, group: '系统管理', icon: 'Calendar', order: 90, roles: ['PROVINCE_ADMIN'] },
  },
  {
    path: 'admin/calendar/:year(\\d{4})',
    name: 'calendar-year',
    component: () => import('@/views/admin/CalendarYearEditor.vue'),
    props: (route) => ({ year: Number(route.params.year) }),
    meta: { title: '录入节假日安排', parent: 'calendar-years', roles: ['PROVINCE_ADMIN'] },
  },
]
