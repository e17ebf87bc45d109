// 系统管理 (issue 17): agencies, users with their 执法证 and training, conflicts of interest (回避), checklist template
// versions, the dictionary and the operation log; plus the message centre every signed-in user has.
const ADMIN = ['PROVINCE_ADMIN']
const STAFF = ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR']

export const routes = [
  {
    path: 'admin/agencies',
    name: 'admin-agencies',
    component: () => import('@/views/admin/AgencyAdmin.vue'),
    meta: { title: '机构管理', menu: true, group: '系统管理', icon: 'OfficeBuilding', order: 80, roles: ADMIN },
  },
  {
    path: 'admin/users',
    name: 'admin-users',
    component: () => import('@/views/admin/UserAdmin.vue'),
    meta: { title: '用户管理', menu: true, group: '系统管理', icon: 'User', order: 81, roles: ADMIN },
  },
  {
    path: 'admin/credentials',
    name: 'admin-credentials',
    component: () => import('@/views/admin/CredentialAdmin.vue'),
    meta: { title: '执法证管理', menu: true, group: '系统管理', icon: 'Postcard', order: 82, roles: ['PROVINCE_ADMIN', 'SUPERVISOR'] },
  },
  {
    path: 'admin/conflicts',
    name: 'admin-conflicts',
    component: () => import('@/views/admin/ConflictAdmin.vue'),
    meta: { title: '回避声明', menu: true, icon: 'Warning', order: 60, roles: STAFF },
  },
  {
    path: 'admin/templates',
    name: 'admin-templates',
    component: () => import('@/views/admin/TemplateAdmin.vue'),
    meta: { title: '检查表模板', menu: true, group: '系统管理', icon: 'Tickets', order: 83, roles: ADMIN },
  },
  {
    path: 'admin/dictionaries',
    name: 'admin-dictionaries',
    component: () => import('@/views/admin/DictionaryView.vue'),
    meta: { title: '数据字典', menu: true, group: '系统管理', icon: 'Collection', order: 84, roles: ['PROVINCE_ADMIN', 'AUDITOR'] },
  },
  {
    path: 'admin/operation-log',
    name: 'admin-operation-log',
    component: () => import('@/views/admin/OperationLog.vue'),
    meta: { title: '操作日志', menu: true, group: '系统管理', icon: 'List', order: 85, roles: ['PROVINCE_ADMIN', 'AUDITOR'] },
  },
  {
    path: 'messages',
    name: 'messages',
    component: () => import('@/views/messages/MessageCentre.vue'),
    meta: { title: '消息中心', roles: ['SUPERVISOR', 'INSPECTOR', 'PROVINCE_ADMIN', 'AUDITOR', 'ENTERPRISE'] },
  },
]
