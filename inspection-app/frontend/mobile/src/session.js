// Who is signed in on this device. The token is kept in IndexedDB and expires as the API's do (8 h by default); while
// offline the app keeps working with what is on the device, and the queue waits until the user signs in again.
import { reactive } from 'vue'
import { db, wipe } from './db'
import { get, post } from './api'

export const session = reactive({ user: null, expiresAt: null, expired: false, loaded: false })

export async function loadSession() {
  const stored = await db.session.get('current')
  if (stored) {
    session.user = stored.user
    session.expiresAt = stored.expiresAt
    session.expired = !!stored.expired || (stored.expiresAt && Date.parse(stored.expiresAt) <= Date.now())
  }
  session.loaded = true
}

/** Signs in; the same user again keeps the device's data, another user is refused while data is unsent. */
export async function signIn(username, password) {
  const previous = await db.session.get('current')
  if (previous && previous.user?.username !== username && (await db.outbox.where('state').notEqual('DONE').count()) > 0) {
    throw new Error(`本机还有 ${previous.user.displayName || previous.user.username} 未同步的内容，请由其登录同步后再切换用户`)
  }
  const issued = await post('/api/v1/auth/token', { username, password }, { auth: false })
  await db.session.put({ key: 'current', token: issued.token, expiresAt: issued.expiresAt, user: { username } })
  let user = { username }
  try {
    const me = await get('/api/v1/auth/me')
    user = { username: me.username, displayName: me.displayName, role: me.role }
  } catch {
    /* the profile is a nicety */
  }
  if (previous && previous.user?.username !== username) await wipe()
  await db.session.put({ key: 'current', token: issued.token, expiresAt: issued.expiresAt, user })
  Object.assign(session, { user, expiresAt: issued.expiresAt, expired: false })
}

/** The server refused the token: keep everything, ask for the password again. */
export async function markExpired() {
  const stored = await db.session.get('current')
  if (stored) await db.session.put({ ...stored, expired: true })
  session.expired = true
}

/** Signs out and wipes this device's data (the caller has warned about anything not yet synced). */
export async function signOut() {
  try {
    await post('/api/v1/auth/logout')
  } catch {
    /* offline: the token simply expires */
  }
  await wipe()
  Object.assign(session, { user: null, expiresAt: null, expired: false })
}

export async function unsyncedCount() {
  return db.outbox.where('state').noneOf(['DONE']).count()
}
