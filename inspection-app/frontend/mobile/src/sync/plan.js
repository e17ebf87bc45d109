// The rules of the device's outbox, as pure functions (no Vue, no IndexedDB), unit-tested with node:
// - commands go in the order they were made, each with its client request id, resent as they are until the server
//   has answered (a resend of the same id gets the first receipt, so a lost answer is harmless);
// - the signed record goes last: only when every other command of its case has been stored (answers changed while an
//   earlier answers command was on its way go in a command of their own, before the record);
// - no network, a server error or a timeout → the command waits and is sent again; 401 → everything waits for the user
//   to sign in again; a stale answer → a conflict for the person to settle; other refusals → failed, with the server's
//   message, retried only when the user asks.

export const STATE_LABELS = {
  PENDING: '待同步',
  SENDING: '同步中',
  DONE: '已同步',
  FAILED: '失败',
  CONFLICT: '有冲突',
}

const ORDER = { ANSWERS: 0, EVIDENCE: 1, RECORD: 2 }

/**
 * The entries to send now, in order: pending ones; an answers command only after the earlier answers of its case (its
 * base versions come from their receipts); the record of a case only once everything else of that case is done.
 */
export function sendable(entries) {
  const open = entries.filter((e) => e.state !== 'DONE').sort((a, b) => a.seq - b.seq)
  const out = []
  for (const entry of open) {
    if (entry.state !== 'PENDING') continue
    if (entry.kind === 'RECORD' && open.some((e) => e.caseId === entry.caseId && e.seq !== entry.seq)) continue
    if (entry.kind === 'ANSWERS' && open.some((e) => e.caseId === entry.caseId && e.kind === 'ANSWERS' && e.seq < entry.seq)) continue
    out.push(entry)
  }
  return out.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.seq - b.seq)
}

/**
 * What to do after a failed send. `error` has `status` (0: no network) and `problem` (RFC 9457 body) and `message`.
 * Returns { state, message, auth?, conflicts?, missing? }.
 */
export function classify(error, kind) {
  const status = error?.status ?? 0
  const problem = error?.problem || null
  if (status === 0 || status === 408 || status === 429 || status >= 500) {
    return { state: 'PENDING', message: status === 0 ? '等待网络' : `服务器暂时不可用（${status}），稍后自动重试` }
  }
  if (status === 401) return { state: 'PENDING', auth: true, message: '登录已过期，请重新登录后继续同步' }
  if (status === 409 && Array.isArray(problem?.conflicts)) {
    return { state: 'CONFLICT', conflicts: problem.conflicts, message: error.message }
  }
  if (status === 409 && kind === 'RECORD' && Array.isArray(problem?.missing)) {
    // the server has not got every file the record names yet: send them, then the record again
    return { state: 'PENDING', missing: problem.missing, message: error.message }
  }
  return { state: 'FAILED', message: error?.message || `请求失败（${status}）` }
}

/**
 * The answers command of a case from the device's unsent answers: each answer with the version of the server's answer
 * it was based on.
 */
export function answersCommand(dirtyAnswers) {
  const answers = {}
  const baseVersions = {}
  for (const a of dirtyAnswers) {
    answers[a.itemCode] = a.value
    baseVersions[a.itemCode] = a.baseVersion ?? 0
  }
  return { answers, baseVersions }
}

/**
 * After the server stored an answers command: every sent item is now based on the version the receipt names, and is
 * clean unless it was changed again since it was sent.
 */
export function afterAnswersReceipt(current, sent, versions) {
  const updates = []
  for (const [itemCode, value] of Object.entries(sent.answers)) {
    const now = current.find((a) => a.itemCode === itemCode)
    if (!now) continue
    const changedSince = JSON.stringify(now.value) !== JSON.stringify(value)
    updates.push({ ...now, baseVersion: versions?.[itemCode] ?? now.baseVersion, dirty: changedSince, pending: false })
  }
  return updates
}

/** 保留我的: my answer again, now based on the server's version. 采用服务器的: the server's answer, clean. */
export function resolveConflict(answer, conflict, keepMine) {
  return keepMine
    ? { ...answer, baseVersion: conflict.serverVersion, dirty: true, pending: false }
    : { ...answer, value: conflict.server, baseVersion: conflict.serverVersion, dirty: false, pending: false }
}

/** "18 / 24": answered items of all, and the required ones still open. */
export function progress(items, answers) {
  const answered = items.filter((i) => isAnswered(i, answers[i.code]))
  const missingRequired = items.filter((i) => i.required && !isAnswered(i, answers[i.code]))
  return { answered: answered.length, total: items.length, missingRequired }
}

export function isAnswered(item, value) {
  if (!value) return false
  switch (item.kind) {
    case 'YES_NO':
      return typeof value.value === 'boolean'
    case 'NUMBER':
      return typeof value.value === 'number' && Number.isFinite(value.value)
    case 'TEXT':
      return typeof value.text === 'string' && value.text.trim() !== ''
    case 'PHOTO':
      return Array.isArray(value.photos) && value.photos.length > 0
    default:
      return Array.isArray(value.rows) && value.rows.length > 0
  }
}
