// The penalty pages read every display name from the one dictionary (GET /api/v1/dictionaries), so a page never shows a
// code and never names a thing differently from the documents.
import { api } from '@/api/http'

let loaded = null

/** The dictionary, loaded once per page load: `{ penaltyStatus: { REFERRED: '待立案审批', … }, … }`. */
export function dictionary() {
  if (!loaded) loaded = api.get('/api/v1/dictionaries', { quiet: true }).catch(() => ({}))
  return loaded
}

/** `{ code: name }` → `[{ code, name }]`, in the dictionary's order. */
export function options(map) {
  return Object.entries(map || {}).map(([code, name]) => ({ code, name }))
}

/** 150000 → "150,000"; null → "—". */
export function yuan(value) {
  return value === null || value === undefined || value === '' ? '—' : Number(value).toLocaleString('zh-CN')
}
