// Everything the app keeps on the device, in IndexedDB through Dexie. A visit is recorded here first and sent from the
// outbox when there is a network; nothing is lost when the page, the browser or the phone is closed.
import Dexie from 'dexie'

export const db = new Dexie('energyinspect-mobile')

db.version(1).stores({
  // the signed-in user and token (one row, key 'current')
  session: 'key',
  // one offline bundle per case (GET /mobile/v1/inspections/{id}/bundle), with when it was prepared
  cases: 'caseId',
  // the device's answer per item: value, the server version it is based on, whether it still has to be sent
  answers: '[caseId+itemCode], caseId',
  // photos, files and signatures taken on this device: the bytes (Blob), their SHA-256 and metadata
  evidence: 'id, caseId, sha256',
  // the visit: start time and position, the signed record once signed (frozen answers)
  visits: 'caseId',
  // commands waiting to be sent, in order: ANSWERS, EVIDENCE, RECORD, each with its client request id
  outbox: '++seq, caseId, state, requestId',
})

/** Storage full (QuotaExceededError, in whatever wrapper Dexie or the browser puts it). */
export function isQuotaError(error) {
  let e = error
  for (let i = 0; e && i < 4; i++) {
    if (e.name === 'QuotaExceededError' || e.code === 22) return true
    e = e.inner || e.cause
  }
  return false
}

export const QUOTA_MESSAGE = '设备存储空间不足，本次内容未保存（已保存的内容不受影响）。请清理手机存储空间或先联网同步已完成的案件后重试。'

/** Runs `work` in one transaction over `tables`: either all of it is written or none (storage full leaves nothing half-written). */
export function atomically(tables, work) {
  return db.transaction('rw', tables, work)
}

/** Everything of the user on this device, removed at sign-out. */
export async function wipe() {
  await Promise.all(db.tables.map((t) => t.clear()))
  if (globalThis.caches) {
    for (const name of await caches.keys()) if (name.startsWith('ei-')) await caches.delete(name)
  }
}
