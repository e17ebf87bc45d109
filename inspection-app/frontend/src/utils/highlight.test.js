import { test } from 'node:test'
import assert from 'node:assert/strict'
import { highlightParts } from './highlight.js'

test('marked words become hits, the rest plain text', () => {
  assert.deepEqual(highlightParts('限期<em>整改</em>通知'), [
    { text: '限期', hit: false },
    { text: '整改', hit: true },
    { text: '通知', hit: false },
  ])
})

test('encoded markup in a record stays text, never a tag', () => {
  const parts = highlightParts('&lt;script&gt;alert(1)&lt;/script&gt; <em>整改</em>')
  assert.equal(parts[0].text, '<script>alert(1)</script> ')
  assert.equal(parts[0].hit, false)
  assert.equal(parts.length, 2)
})

test('numeric entities decode', () => {
  assert.equal(highlightParts('a&#x27;b&#39;c&amp;d')[0].text, "a'b'c&d")
})
