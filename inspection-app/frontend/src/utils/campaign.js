// Labels of the campaign (监察计划) and dashboard pages. Codes stay English in the API; people read Chinese.

export const PHASES = [
  { code: 'SPLIT', label: '任务分解', due: 'splitDue' },
  { code: 'DRAW', label: '随机抽取', due: 'drawDue' },
  { code: 'EXECUTION', label: '检查实施', due: 'executionDue' },
  { code: 'SUMMARY', label: '总结', due: 'summaryDue' },
  { code: 'PUBLICATION', label: '结果公开', due: null },
]

export const PHASE_LABEL = Object.fromEntries(PHASES.map((p) => [p.code, p.label]))

export const PLAN_STATUS = {
  DRAFT: { label: '本级编制', tag: 'info' },
  ISSUED: { label: '已下达待接收', tag: 'warning' },
  ACCEPTED: { label: '已接收', tag: 'success' },
  RETURNED: { label: '已退回', tag: 'danger' },
}

export const TIER = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级' }
export const TIER_BELOW = { PROVINCE: 'CITY', CITY: 'COUNTY', COUNTY: null }

export const DRAW_STATUS = {
  COMMITTED: { label: '已公布承诺', tag: 'warning' },
  DRAWN: { label: '已抽取（种子未公布）', tag: 'primary' },
  REVEALED: { label: '已公布种子', tag: 'success' },
  SUPERSEDED: { label: '已作废（重新抽取）', tag: 'info' },
}

export const STRATIFY_BY = { COUNTY: '按县区', INDUSTRY: '按行业', RISK_CLASS: '按风险类别（重点用能单位）' }

export const TARGET_SOURCE = { DRAWN: '随机抽取', NAMED: '指定对象（免抽取）', REPLACEMENT: '人工替换' }

export const TARGET_STATUS = {
  ACTIVE: { label: '有效', tag: 'success' },
  REPLACED: { label: '已替换', tag: 'info' },
  SUPERSEDED: { label: '已作废', tag: 'info' },
}

/** Why a plan names an enterprise instead of drawing it (PUT /campaigns/{id}/named-targets). */
export const NAMED_REASON = { NATIONAL_LIST: '国家重点监察名单', REINSPECTION: '复查（上年违法企业）', COMPLAINT: '投诉举报' }

export const RISK_CLASS = { KEY: '重点用能单位', GENERAL: '一般用能单位' }

/** `ALL`, `451202/C2221/KEY` → readable stratum name (region names from the user's regions when known). */
export function stratumLabel(key, regionName = () => null) {
  if (!key || key === 'ALL') return '全部（不分层）'
  return key
    .split('/')
    .map((part) => (/^\d{6}$/.test(part) ? regionName(part) || part : RISK_CLASS[part] || part))
    .join(' / ')
}

export function percent(rate) {
  if (rate === null || rate === undefined) return '—'
  return `${(Number(rate) * 100).toFixed(1)}%`
}
