import { test } from 'node:test'
import assert from 'node:assert/strict'
import { answerStatusByFinding, answersWithReviews, roundTitle } from './rounds.js'

const round = {
  round: 1,
  answers: [
    { answerId: 2, attempt: 2, findingId: 11, text: '第二次：已改造' },
    { answerId: 1, attempt: 1, findingId: 11, text: '第一次：正在改造' },
    { answerId: 1, attempt: 1, findingId: 12, text: '第一次：已任命' },
  ],
  reviews: [{ decision: 'REJECT', reviewedAt: '2026-07-01T02:00:00Z' }],
}

test('each answer is decided by the review that followed it, a later one waits', () => {
  const answers = answersWithReviews(round)
  assert.deepEqual(answers.map((a) => a.attempt), [1, 2])
  assert.equal(answers[0].items.length, 2)
  assert.equal(answers[0].review.decision, 'REJECT')
  assert.equal(answers[1].review, null)
})

test('a finding stands by its latest answer', () => {
  const status = answerStatusByFinding(round)
  assert.equal(status[11].attempt, 2)
  assert.equal(status[11].review, null)
  assert.equal(status[12].attempt, 1)
  assert.equal(status[12].review.decision, 'REJECT')
})

test('a round without answers has none', () => {
  assert.deepEqual(answersWithReviews({ round: 2 }), [])
})

test('the second round is the re-inspection', () => {
  assert.equal(roundTitle(1), '第1轮')
  assert.equal(roundTitle(2), '第2轮（复查）')
})
