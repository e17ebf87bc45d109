// The one way the pages talk to the API: fetch with the session cookie, the CSRF token on state changes, problem
// details turned into messages, and 401 → the login page.
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { ApiError, parseProblem } from './problem'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
let unauthorizedHandler = null

/** Registered by the router: where to go when the session has ended. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler
}

/** The CSRF token Spring Security keeps in the readable cookie XSRF-TOKEN. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/)
  return match ? decodeURIComponent(match[1]) : null
}

/** `/api/x` + `{a: 1, b: '', c: [1, 2]}` → `/api/x?a=1&c=1&c=2` (empty values left out). */
export function withParams(url, params) {
  if (!params) return url
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined || v === null || v === '') continue
      query.append(key, String(v))
    }
  }
  const text = query.toString()
  return text ? `${url}${url.includes('?') ? '&' : '?'}${text}` : url
}

/**
 * Sends a request. Options: `params` (query), `body` (object → JSON, FormData as is), `raw` (return the Response),
 * `quiet` (no message on failure: the caller shows the error), `form` (a reactive object that receives field errors).
 * Resolves with the JSON body (or null for 204); rejects with an {@link ApiError}.
 */
export async function request(method, url, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...(options.headers || {}) }
  let body = options.body
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(body)
  }
  if (!SAFE.has(method)) {
    const token = csrfToken()
    if (token) headers['X-XSRF-TOKEN'] = token
  }
  let response
  try {
    response = await fetch(withParams(url, options.params), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    })
  } catch {
    throw report(new ApiError(0, null), options)
  }
  if (!response.ok) {
    const problem = parseProblem(response.headers.get('Content-Type'), await response.text())
    const error = new ApiError(response.status, problem)
    if (response.status === 401 && !options.noRedirect && unauthorizedHandler) {
      unauthorizedHandler()
      throw error
    }
    throw report(error, options)
  }
  if (options.raw) return response
  if (response.status === 204) return null
  const type = response.headers.get('Content-Type') || ''
  return type.includes('json') ? response.json() : response.text()
}

function report(error, options) {
  if (options.form) {
    for (const key of Object.keys(options.form)) delete options.form[key]
    Object.assign(options.form, error.fields)
  }
  if (!options.quiet) ElMessage({ type: error.status >= 500 || error.status === 0 ? 'error' : 'warning', message: error.message, grouping: true })
  return error
}

export const api = {
  get: (url, options) => request('GET', url, options),
  post: (url, body, options) => request('POST', url, { ...options, body }),
  put: (url, body, options) => request('PUT', url, { ...options, body }),
  delete: (url, options) => request('DELETE', url, options),
}

/** Downloads a file (e.g. the Excel export) with the session, saving it under the server's file name. */
export async function download(url, params, fallbackName = 'download') {
  const response = await request('GET', url, { params, raw: true, headers: { Accept: '*/*' } })
  const blob = await response.blob()
  const name = fileName(response.headers.get('Content-Disposition')) || fallbackName
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10000)
  return name
}

/** A blob: URL of a file the API serves (PDF preview in an iframe; attachments cannot be framed directly). */
export async function objectUrl(url, type) {
  const response = await request('GET', url, { raw: true, headers: { Accept: '*/*' } })
  const blob = await response.blob()
  return URL.createObjectURL(type ? new Blob([blob], { type }) : blob)
}

/** File name from `Content-Disposition` (RFC 6266 `filename*` first). */
export function fileName(disposition) {
  if (!disposition) return null
  const star = disposition.match(/filename\*=(?:UTF-8'')?([^;]+)/i)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''))
    } catch {
      /* fall through */
    }
  }
  const plain = disposition.match(/filename="?([^";]+)"?/i)
  return plain ? plain[1] : null
}

/**
 * Uploads one file as multipart `file` with progress (fetch has no upload progress; XMLHttpRequest does).
 * `onProgress(percent)`; resolves with the JSON body, rejects with an {@link ApiError} carrying the server's problem.
 */
export function upload(url, file, onProgress, extraFields = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    const token = csrfToken()
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onload = () => {
      const type = xhr.getResponseHeader('Content-Type')
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(100)
        resolve(parseProblem(type, xhr.responseText))
      } else {
        const error = new ApiError(xhr.status, parseProblem(type, xhr.responseText))
        if (xhr.status === 401 && unauthorizedHandler) unauthorizedHandler()
        reject(error)
      }
    }
    xhr.onerror = () => reject(new ApiError(0, null))
    const data = new FormData()
    data.append('file', file)
    for (const [k, v] of Object.entries(extraFields)) data.append(k, v)
    xhr.send(data)
  })
}
