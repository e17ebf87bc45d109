// Labels and formats the pages share. Codes stay English in the API; people read Chinese.

export const CASE_STATUS = {
  OPENED: { label: '已立案', tag: 'info' },
  TEAM_ASSIGNED: { label: '已组成监察组', tag: 'info' },
  NOTICE_SERVED: { label: '已送达监察通知书', tag: 'info' },
  INSPECTED: { label: '已完成现场监察', tag: 'primary' },
  NOTICE_DRAFTED: { label: '整改通知书待审批', tag: 'warning' },
  NOTICE_APPROVED: { label: '整改通知书已批准', tag: 'primary' },
  RECTIFYING: { label: '整改中', tag: 'warning' },
  ANSWERED: { label: '企业已回复整改', tag: 'primary' },
  CLOSURE_PENDING: { label: '待结案审批', tag: 'warning' },
  CLOSED: { label: '已结案', tag: 'success' },
  REFERRED_FOR_PENALTY: { label: '已移送行政处罚', tag: 'danger' },
}

export const CASE_TRIGGER = {
  CAMPAIGN: '专项监察（双随机）',
  COMPLAINT: '投诉举报',
  TRANSFER: '移送',
  MANUAL: '日常监察',
  SPOT_CHECK: '抽查',
}

export const INSPECTION_TYPE = { ON_SITE: '现场监察', DESK: '书面监察' }

export const DOCUMENT_KIND = {
  INSPECTION_NOTICE: '节能监察通知书',
  ON_SITE_RECORD: '现场监察笔录',
  RECTIFICATION_NOTICE: '限期整改通知书',
  REVIEW_OPINION: '整改复查意见书',
}

export const DOCUMENT_STATUS = {
  DRAFT: { label: '草稿', tag: 'info' },
  APPROVED: { label: '已批准', tag: 'success' },
  RETURNED: { label: '已退回', tag: 'danger' },
  ISSUED: { label: '已出具', tag: 'success' },
  SERVED: { label: '已送达', tag: 'success' },
}

export const SEARCH_TYPE = {
  ENTERPRISE: '企业',
  CASE: '案件',
  FINDING: '发现问题',
  DOCUMENT: '执法文书',
  EVIDENCE: '证据',
  ANSWER: '整改回复',
  REVIEW: '复查意见',
}

export const AUDIT_ACTION = {
  CASE_OPENED: '立案',
  TEAM_ASSIGNED: '组成监察组',
  INSPECTION_NOTICE_SERVED: '送达监察通知书',
  ON_SITE_INSPECTION_COMPLETED: '完成现场监察',
  STATEMENT_SUBMITTED: '企业陈述',
  RECTIFICATION_NOTICE_DRAFTED: '起草整改通知书',
  RECTIFICATION_NOTICE_APPROVED: '批准整改通知书',
  RECTIFICATION_NOTICE_RETURNED: '退回整改通知书',
  RECTIFICATION_NOTICE_SERVED: '送达整改通知书',
  EVIDENCE_UPLOADED: '上传证据',
  RECTIFICATION_ANSWERED: '企业提交整改回复',
  EXTENSION_REQUESTED: '申请延期',
  EXTENSION_GRANTED: '同意延期',
  EXTENSION_REFUSED: '不同意延期',
  RECTIFICATION_REVIEWED: '整改复查',
  CLOSURE_APPROVED: '结案审批',
  CHECKLIST_ANSWERED: "填写检查表",
  CASE_CLOSED: "结案",
  REFERRED_FOR_PENALTY: "移送行政处罚",
  STATEMENT_PERIOD_OVER: "陈述期届满",
  NOTICE_SERVICE_ESCALATED: "整改通知书送达预警",
  NOTICE_SERVICE_LATE: "整改通知书逾期送达",
}

export const CONFIDENCE = { VERIFIED: '已核实', HIGH: '高', MEDIUM: '中', LOW: '低', UNVERIFIED: '待核实' }

export function label(map, code) {
  if (code === null || code === undefined) return '—'
  const entry = map[code]
  return entry ? (typeof entry === 'string' ? entry : entry.label) : code
}

export function tagType(map, code) {
  return map[code]?.tag || 'info'
}

const pad = (n) => String(n).padStart(2, '0')

/** ISO instant → `2026-05-04 14:03` in the browser's zone (China for the users). */
export function dateTime(value) {
  if (!value) return '—'
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return String(value)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function date(value) {
  if (!value) return '—'
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return dateTime(value).slice(0, 10)
}

/** The statutory clock of a task: text and colour. */
export function clock(task) {
  if (task.workingDaysLeft === null || task.workingDaysLeft === undefined) {
    return task.due ? { text: `期限 ${date(task.due)}`, type: task.overdue ? 'danger' : 'info', overdue: !!task.overdue } : { text: '无期限', type: 'info', overdue: false }
  }
  const left = task.workingDaysLeft
  if (task.overdue || left < 0) return { text: `已逾期 ${Math.abs(left)} 个工作日`, type: 'danger', overdue: true }
  if (left === 0) return { text: '今日到期', type: 'danger', overdue: false }
  if (left <= 3) return { text: `剩余 ${left} 个工作日`, type: 'warning', overdue: false }
  return { text: `剩余 ${left} 个工作日`, type: 'success', overdue: false }
}

export function fileSize(bytes) {
  if (bytes === null || bytes === undefined) return '—'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** "GB 16780-2021 表1；《节约能源法》第十六条" as the server prints it on documents. */
export function legalBasis(f) {
  let basis = ''
  if (f.standard) {
    basis += f.standard
    if (f.edition) basis += `-${f.edition}`
    if (f.clause) basis += ` ${f.clause}`
  }
  if (f.lawArticle) basis += (basis ? '；' : '') + f.lawArticle
  return basis || '—'
}
