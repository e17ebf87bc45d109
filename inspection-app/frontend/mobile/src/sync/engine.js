// The outbox: every change is written to IndexedDB first (in one transaction with its outbox entry), then sent when
// there is a network — whenever the app is open and online, not by Background Sync, which not every browser has.
import { reactive } from 'vue'
import { requestId } from '@/utils/ids'
import { db, atomically } from '../db'
import { call, put, post, get } from '../api'
import { session, markExpired } from '../session'
import { afterAnswersReceipt, answersCommand, classify, resolveConflict, sendable } from './plan'

export const syncState = reactive({ running: false, lastRun: null, message: '', authNeeded: false })

const BASE = '/mobile/v1/inspections'

/** A change of one answer, kept on the device until sent; refused once the visit's record is signed. */
export async function saveAnswer(caseId, itemCode, value) {
  await atomically([db.answers, db.visits, db.outbox], async () => {
    const visit = await db.visits.get(caseId)
    if (visit?.signed) throw new Error('笔录已签署，本次检查的答案已冻结，不能再修改')
    const current = (await db.answers.get([caseId, itemCode])) || { caseId, itemCode, baseVersion: 0 }
    await db.answers.put({ ...current, value, dirty: true, updatedAt: new Date().toISOString() })
    await queueDirtyAnswers(caseId)
  })
}

/** A photo, file or signature: its bytes, hash and metadata, and the command that sends it, written together. */
export async function addEvidence(caseId, item) {
  const id = requestId()
  await atomically([db.evidence, db.outbox], async () => {
    await db.evidence.put({ id, caseId, createdAt: new Date().toISOString(), ...item })
    await db.outbox.add({
      caseId,
      kind: 'EVIDENCE',
      requestId: id,
      evidenceId: id,
      label: item.kind === 'SIGNATURE' ? `签名：${item.signerName || item.signer}` : `${item.kind === 'PHOTO' ? '照片' : '文件'}：${item.caption || item.name}`,
      state: 'PENDING',
      createdAt: new Date().toISOString(),
    })
  })
  return id
}

/** Signs the record: the answers are frozen on the device and queued before it, the record last. */
export async function signRecord(caseId, record) {
  await atomically([db.answers, db.visits, db.outbox], async () => {
    const visit = (await db.visits.get(caseId)) || { caseId }
    if (visit.signed) throw new Error('笔录已签署')
    await queueDirtyAnswers(caseId)
    await db.visits.put({ ...visit, signed: record, signedAt: new Date().toISOString() })
    await db.outbox.add({
      caseId,
      kind: 'RECORD',
      requestId: requestId(),
      body: record,
      label: '现场监察笔录',
      state: 'PENDING',
      createdAt: new Date().toISOString(),
    })
  })
}

/**
 * One ANSWERS command of a case's unsent answers. None while an earlier one has not been attempted yet (the new
 * answers are simply in it: it is built when first sent) or is in conflict (settled first).
 */
async function queueDirtyAnswers(caseId) {
  const open = await db.outbox
    .where('caseId')
    .equals(caseId)
    .filter((e) => e.kind === 'ANSWERS' && e.state !== 'DONE' && (e.state === 'CONFLICT' || !e.attempts))
    .count()
  if (open > 0) return
  const dirty = (await db.answers.where('caseId').equals(caseId).toArray()).filter((a) => a.dirty && !a.pending)
  if (dirty.length === 0) return
  await db.outbox.add({
    caseId,
    kind: 'ANSWERS',
    requestId: requestId(),
    body: null, // built when first sent, from the answers and the versions the earlier receipts gave
    label: '检查表答案',
    state: 'PENDING',
    createdAt: new Date().toISOString(),
  })
}

/** Sends whatever can be sent now, in order, until the queue is empty, the network is gone or the token expired. */
export async function runSync() {
  if (syncState.running || !session.user) return
  if (session.expired) {
    syncState.authNeeded = true
    return
  }
  syncState.running = true
  syncState.message = ''
  try {
    const cases = await db.cases.toCollection().primaryKeys()
    for (let round = 0; round < 500; round++) {
      for (const caseId of cases) await atomically([db.answers, db.outbox], () => queueDirtyAnswers(caseId))
      const next = sendable(await db.outbox.toArray())[0]
      if (!next) break
      const stop = await send(next)
      if (stop) break
    }
  } finally {
    syncState.running = false
    syncState.lastRun = new Date().toISOString()
  }
}

/** Sends one entry; returns true when the queue must stop (no network, or the user has to sign in again). */
async function send(entry) {
  await db.outbox.update(entry.seq, { state: 'SENDING', attempts: (entry.attempts || 0) + 1 })
  try {
    const receipt = await deliver(entry)
    await settle(entry, receipt)
    return false
  } catch (error) {
    const outcome = classify(error, entry.kind)
    await db.outbox.update(entry.seq, {
      state: outcome.state,
      message: outcome.message,
      conflicts: outcome.conflicts || null,
      missing: outcome.missing || null,
    })
    if (outcome.auth) {
      await markExpired()
      syncState.authNeeded = true
      syncState.message = outcome.message
      return true
    }
    if (outcome.state === 'PENDING') {
      syncState.message = outcome.message
      return true
    }
    return false
  }
}

async function deliver(entry) {
  const url = `${BASE}/${entry.caseId}`
  if (entry.kind === 'ANSWERS') {
    let body = entry.body
    if (!body) {
      body = await atomically([db.answers, db.outbox], async () => {
        const dirty = (await db.answers.where('caseId').equals(entry.caseId).toArray()).filter((a) => a.dirty && !a.pending)
        for (const a of dirty) await db.answers.put({ ...a, pending: true })
        const built = answersCommand(dirty)
        await db.outbox.update(entry.seq, { body: built, label: `检查表答案 ${dirty.length} 项` })
        return built
      })
      entry.body = body
    }
    if (Object.keys(body.answers).length === 0) return { versions: {}, status: 'NOTHING_TO_SEND' }
    return put(`${url}/answers`, { clientRequestId: entry.requestId, ...body })
  }
  if (entry.kind === 'RECORD') {
    return post(`${url}/record`, { clientRequestId: entry.requestId, record: entry.body })
  }
  const item = await db.evidence.get(entry.evidenceId)
  const form = new FormData()
  form.append('meta', new Blob([JSON.stringify(item.meta)], { type: 'application/json' }))
  form.append('file', item.blob, item.name)
  return call('POST', `${url}/evidence?clientRequestId=${encodeURIComponent(entry.requestId)}`, form, { timeoutMs: 120000 })
}

async function settle(entry, receipt) {
  await atomically([db.outbox, db.answers, db.evidence, db.visits, db.cases], async () => {
    await db.outbox.update(entry.seq, { state: 'DONE', message: '', receipt, doneAt: new Date().toISOString() })
    if (entry.kind === 'ANSWERS') {
      const current = await db.answers.where('caseId').equals(entry.caseId).toArray()
      for (const a of afterAnswersReceipt(current, entry.body, receipt.versions)) await db.answers.put(a)
    } else if (entry.kind === 'EVIDENCE') {
      await db.evidence.update(entry.evidenceId, { serverId: receipt.resourceId, receivedAt: receipt.receivedAt })
    } else {
      const visit = await db.visits.get(entry.caseId)
      await db.visits.put({ ...visit, completed: true, serverStatus: receipt.status })
    }
  })
}

/** The user asks to send a failed entry again. */
export async function retry(seq) {
  await db.outbox.update(seq, { state: 'PENDING', message: '' })
  runSync()
}

/**
 * The person settles one conflicting answer: 保留我的 (mine again, on the server's version) or 采用服务器的. Once every
 * conflict of the command is settled, a new command with a new request id carries what is left.
 */
export async function settleConflict(seq, itemCode, keepMine) {
  await atomically([db.outbox, db.answers, db.visits], async () => {
    const entry = await db.outbox.get(seq)
    const conflict = entry.conflicts.find((c) => c.itemCode === itemCode)
    const answer = (await db.answers.get([entry.caseId, itemCode])) || { caseId: entry.caseId, itemCode }
    await db.answers.put({ ...resolveConflict(answer, conflict, keepMine), updatedAt: new Date().toISOString() })
    const left = entry.conflicts.filter((c) => c.itemCode !== itemCode)
    if (left.length > 0) {
      await db.outbox.update(seq, { conflicts: left })
      return
    }
    await db.outbox.delete(seq)
    for (const code of Object.keys(entry.body.answers)) {
      const a = await db.answers.get([entry.caseId, code])
      if (a && a.pending) await db.answers.put({ ...a, pending: false })
    }
    const visit = await db.visits.get(entry.caseId)
    if (!visit?.signed) await queueDirtyAnswers(entry.caseId)
  })
  runSync()
}

/** Downloads a case's bundle and keeps it, with the answers so far as the base of the device's own. */
export async function prepareOffline(caseId) {
  const bundle = await get(`${BASE}/${caseId}/bundle`)
  await atomically([db.cases, db.answers], async () => {
    await db.cases.put({ caseId, bundle, preparedAt: new Date().toISOString() })
    const answers = bundle.checklist.answers || {}
    const versions = bundle.checklist.versions || {}
    for (const [itemCode, value] of Object.entries(answers)) {
      const mine = await db.answers.get([caseId, itemCode])
      if (mine?.dirty) continue // the device's unsent change stays; the server's version decides on sync
      await db.answers.put({ caseId, itemCode, value, baseVersion: versions[itemCode] ?? 0, dirty: false })
    }
  })
  return bundle
}

/** What the server has of this visit (for the sync page). */
export function serverStatus(caseId) {
  return get(`${BASE}/${caseId}/sync`)
}

/** Sync whenever the app is open and online: at start, when the network returns, and every 20 s. */
let started = false
export function startAutoSync() {
  if (started) return runSync()
  started = true
  window.addEventListener('online', () => runSync())
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && runSync())
  setInterval(() => navigator.onLine && runSync(), 20000)
  return db.outbox
    .where('state')
    .equals('SENDING')
    .modify({ state: 'PENDING' }) // a page closed mid-send: the resend of the same id is harmless
    .then(() => runSync())
}
