// How a round's answers and reviews line up: the enterprise answers a round's notice once or more (attempt 1, 2 … after
// a rejection), and each review decides the latest answer before it, in order. Pure functions: unit-tested with node.

/**
 * The answers of a round, one per attempt, each with its items and the review that decided it (or null while it
 * waits): `[{ attempt, items: [...], review }]`, oldest first.
 */
export function answersWithReviews(round) {
  const byAttempt = new Map()
  for (const item of round?.answers || []) {
    if (!byAttempt.has(item.attempt)) byAttempt.set(item.attempt, [])
    byAttempt.get(item.attempt).push(item)
  }
  const reviews = [...(round?.reviews || [])].sort((a, b) => String(a.reviewedAt).localeCompare(String(b.reviewedAt)))
  return [...byAttempt.keys()]
    .sort((a, b) => a - b)
    .map((attempt, index) => ({ attempt, items: byAttempt.get(attempt), review: reviews[index] || null }))
}

/** The tab title of a round: 第1轮, then 第2轮（复查） and on for each re-inspection. */
export function roundTitle(n) {
  return n > 1 ? `第${n}轮（复查）` : `第${n}轮`
}

/** Per finding id of a round: what its latest answer said and how that answer stands (待复查 or the review's decision). */
export function answerStatusByFinding(round) {
  const out = {}
  for (const answer of answersWithReviews(round)) {
    for (const item of answer.items) out[item.findingId] = { text: item.text, attempt: answer.attempt, review: answer.review }
  }
  return out
}
