// Names and formats the pages share. Codes stay English in the API; the names people read come from the server's
// dictionary (GET /api/v1/dictionaries, see stores/dictionary.js). Only presentation (tag colours) lives here.
import { useDictionaryStore } from '@/stores/dictionary'

/** Tag colours by dictionary category and code (Element Plus tag types); anything not listed is `info`. */
const TAGS = {
  caseStatus: {
    INSPECTED: 'primary',
    NOTICE_DRAFTED: 'warning',
    NOTICE_RETURNED: 'danger',
    NOTICE_APPROVED: 'primary',
    RECTIFYING: 'warning',
    ANSWERED: 'primary',
    REINSPECTING: 'warning',
    CLOSURE_PENDING: 'warning',
    CLOSED: 'success',
    REFERRED_FOR_PENALTY: 'danger',
    WITHDRAWN: 'info',
  },
  documentStatus: { DRAFT: 'warning', RETURNED: 'danger', APPROVED: 'primary', ISSUED: 'success', SERVED: 'success', SUPERSEDED: 'info' },
  reviewDecision: { ACCEPT: 'success', REINSPECT: 'warning', REJECT: 'danger' },
  confidence: { LAW: 'success', PAGE: 'primary', THIRD_PARTY: 'info', UNCONFIRMED: 'warning' },
  findingSource: { RULE: 'info', INSPECTOR: 'warning', MANUAL: 'primary' },
}

/**
 * The name a person reads for a code. `source` is a dictionary category (`'caseStatus'`, `'confidence'` …), or — for
 * the few codes of the campaign pages the dictionary does not hold — a map of the page's own (`{ CODE: 'name' }` or
 * `{ CODE: { label } }`).
 */
export function label(source, code) {
  if (typeof source === 'string') return useDictionaryStore().label(source, code)
  if (code === null || code === undefined) return '—'
  const entry = source?.[code]
  return entry ? (typeof entry === 'string' ? entry : entry.label) : code
}

/** The codes of a dictionary category with their names, in order (options of a select). */
export function entries(category) {
  return useDictionaryStore().entries(category)
}

/** The tag colour of a code: by dictionary category, or from a page's own map (`{ CODE: { tag } }`). */
export function tagType(source, code) {
  const entry = typeof source === 'string' ? TAGS[source]?.[code] : source?.[code]?.tag
  return entry || 'info'
}

/** A person by login, through the case's names (GET /api/v1/cases/{id}/people); never the login itself. */
export function person(people, login) {
  if (!login) return '—'
  if (login === 'process') return '系统'
  return people?.[login] || '—'
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
