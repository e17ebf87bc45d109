// Shared by the approval pages: the API calls and the presentation of a pre-check verdict.
import { api } from '@/api/http'

export const PROGRAMME_PATH = { CAPACITY_REPLACEMENT: 'capacity-replacement', WHITE_LIST: 'white-list' }

/** Tag colour of a pre-check decision. */
export function decisionTag(decision) {
  if (['PASS', 'RECOMMENDED', 'EXEMPT'].includes(decision)) return 'success'
  if (['REVIEW', 'INCOMPLETE'].includes(decision)) return 'warning'
  return 'danger'
}

/** Tag colour of an application's status. */
export function statusTag(status) {
  if (['APPROVED', 'COMPLETED'].includes(status)) return 'success'
  if (['REFUSED', 'WITHDRAWN', 'REVOKED', 'SUSPENDED', 'DELISTED'].includes(status)) return 'danger'
  if (['RETURNED', 'DRAFT'].includes(status)) return 'warning'
  return 'primary'
}

export const precheck = (programme, form) =>
  api.post(`/api/v1/approvals/${PROGRAMME_PATH[programme]}/precheck`, form, { quiet: true })

export const createApplication = (programme, form, options) => api.post(`/api/v1/approvals/${PROGRAMME_PATH[programme]}`, form, options)

export const saveApplication = (programme, id, form, options) =>
  api.put(`/api/v1/approvals/${PROGRAMME_PATH[programme]}/${id}`, form, options)

export const submitApplication = (id) => api.post(`/api/v1/approvals/${id}/submission`, {})

/** A debounced runner: the latest call wins, earlier pending ones are dropped. */
export function debounced(fn, wait = 400) {
  let timer = null
  return (...args) => {
    clearTimeout(timer)
    timer = setTimeout(() => fn(...args), wait)
  }
}
