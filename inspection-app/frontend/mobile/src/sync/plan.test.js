import { test } from 'node:test'
import assert from 'node:assert/strict'
import { afterAnswersReceipt, answersCommand, classify, progress, resolveConflict, sendable } from './plan.js'

const entry = (seq, kind, state = 'PENDING', caseId = 1) => ({ seq, kind, state, caseId })

test('the record waits until every earlier command of its case is stored', () => {
  const queue = [entry(1, 'ANSWERS', 'DONE'), entry(2, 'EVIDENCE'), entry(3, 'RECORD'), entry(4, 'EVIDENCE', 'PENDING', 2)]
  assert.deepEqual(sendable(queue).map((e) => e.seq), [2, 4])
  queue[1].state = 'DONE'
  assert.deepEqual(sendable(queue).map((e) => e.seq), [4, 3])
})

test('answers changed after the record was queued still go before it', () => {
  const queue = [entry(1, 'ANSWERS', 'DONE'), entry(2, 'RECORD'), entry(3, 'ANSWERS')]
  assert.deepEqual(sendable(queue).map((e) => e.seq), [3])
  const two = [entry(1, 'ANSWERS'), entry(2, 'ANSWERS'), entry(3, 'EVIDENCE')]
  assert.deepEqual(sendable(two).map((e) => e.seq), [1, 3])
})

test('a failed or conflicting command holds back the record but not the files', () => {
  const queue = [entry(1, 'ANSWERS', 'CONFLICT'), entry(2, 'EVIDENCE'), entry(3, 'RECORD')]
  assert.deepEqual(sendable(queue).map((e) => e.seq), [2])
})

test('no network, timeouts and server errors wait; 401 waits for a sign-in; a stale answer is a conflict', () => {
  assert.equal(classify({ status: 0 }).state, 'PENDING')
  assert.equal(classify({ status: 503 }).state, 'PENDING')
  assert.deepEqual(classify({ status: 401 }).auth, true)
  const stale = classify({ status: 409, problem: { conflicts: [{ itemCode: 'A' }] }, message: 'x' }, 'ANSWERS')
  assert.equal(stale.state, 'CONFLICT')
  assert.equal(stale.conflicts[0].itemCode, 'A')
  const early = classify({ status: 409, problem: { missing: ['record.evidence[0].sha256'] } }, 'RECORD')
  assert.equal(early.state, 'PENDING')
  assert.equal(classify({ status: 409, problem: {}, message: '笔录已签署' }, 'ANSWERS').state, 'FAILED')
  assert.equal(classify({ status: 422, message: '格式不正确' }).message, '格式不正确')
})

test('answers go with the version they were based on and take the receipt versions', () => {
  const dirty = [
    { itemCode: 'A', value: { value: true }, baseVersion: 0 },
    { itemCode: 'B', value: { text: 'x' }, baseVersion: 3 },
  ]
  const command = answersCommand(dirty)
  assert.deepEqual(command.baseVersions, { A: 0, B: 3 })
  const changedMeanwhile = [dirty[0], { ...dirty[1], value: { text: 'y' } }]
  const after = afterAnswersReceipt(changedMeanwhile, command, { A: 1, B: 4 })
  assert.deepEqual(after.map((a) => [a.itemCode, a.baseVersion, a.dirty]), [['A', 1, false], ['B', 4, true]])
})

test('keeping mine resends it on the server version; taking the server answer replaces mine', () => {
  const mine = { itemCode: 'A', value: { value: false }, baseVersion: 0 }
  const conflict = { serverVersion: 2, server: { value: true } }
  assert.deepEqual(resolveConflict(mine, conflict, true), { ...mine, baseVersion: 2, dirty: true, pending: false })
  assert.deepEqual(resolveConflict(mine, conflict, false).value, { value: true })
})

test('progress counts answered items and names the required ones left', () => {
  const items = [
    { code: 'A', kind: 'YES_NO', required: true },
    { code: 'B', kind: 'QUOTA', required: true },
    { code: 'C', kind: 'TEXT', required: false },
  ]
  const p = progress(items, { A: { value: false }, C: { text: ' ' } })
  assert.equal(p.answered, 1)
  assert.deepEqual(p.missingRequired.map((i) => i.code), ['B'])
})
