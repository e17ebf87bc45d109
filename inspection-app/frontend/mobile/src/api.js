// The app's one way to the server: bearer token of the signed-in user, problem details turned into ApiError (the desk
// pages' own parser), and "no network" told apart from the server's refusals.
import { ApiError, parseProblem } from '@/api/problem'
import { db } from './db'

export class OfflineError extends Error {
  constructor() {
    super('网络不可用，已保存在本机，联网后自动同步')
    this.name = 'OfflineError'
    this.status = 0
  }
}

let expiredHandler = null
/** Called when the server says the token is no longer valid (401): the queue waits for a new sign-in. */
export function onSessionExpired(handler) {
  expiredHandler = handler
}

export async function token() {
  const session = await db.session.get('current')
  return session?.token || null
}

/** Sends a request; `body` is JSON or FormData. Resolves with the JSON answer, rejects with ApiError or OfflineError. */
export async function call(method, url, body, { auth = true, timeoutMs = 60000 } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' }
  if (auth) {
    const t = await token()
    if (t) headers.Authorization = `Bearer ${t}`
  }
  let payload = body
  if (body !== undefined && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  if (globalThis.navigator && navigator.onLine === false) throw new OfflineError()
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  let response
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: 'omit', signal: controller.signal })
  } catch {
    throw new OfflineError()
  } finally {
    clearTimeout(timer)
  }
  const text = await response.text()
  if (!response.ok) {
    const error = new ApiError(response.status, parseProblem(response.headers.get('Content-Type'), text))
    if (response.status === 401 && auth && expiredHandler) expiredHandler()
    throw error
  }
  return text ? JSON.parse(text) : null
}

export const get = (url, options) => call('GET', url, undefined, options)
export const put = (url, body, options) => call('PUT', url, body, options)
export const post = (url, body, options) => call('POST', url, body, options)
