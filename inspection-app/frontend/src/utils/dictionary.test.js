import { test } from 'node:test'
import assert from 'node:assert/strict'
import { entriesOf, indicatorName, nameOf, unconfirmed } from './dictionary.js'

const names = {
  confidence: { LAW: '法律原文', PAGE: '公开网页引文', THIRD_PARTY: '第三方转录', UNCONFIRMED: '待核实' },
  quotaIndicator: { 'CEMENT_CLINKER/COMPREHENSIVE_ENERGY': '熟料单位产品综合能耗' },
}

test('a code is shown by its name in the dictionary', () => {
  assert.equal(nameOf(names, 'confidence', 'THIRD_PARTY'), '第三方转录')
  assert.equal(indicatorName(names, 'CEMENT_CLINKER', 'COMPREHENSIVE_ENERGY'), '熟料单位产品综合能耗')
})

test('no code is a dash, an unknown code says it is unknown instead of standing bare', () => {
  assert.equal(nameOf(names, 'confidence', null), '—')
  assert.equal(nameOf(names, 'confidence', ''), '—')
  assert.equal(nameOf(names, 'confidence', 'HIGH'), '未知（HIGH）')
  assert.equal(nameOf(names, 'noSuchCategory', 'X'), '未知（X）')
  assert.equal(nameOf(undefined, 'confidence', 'LAW'), '未知（LAW）')
})

test('the options of a category keep the dictionary order', () => {
  assert.deepEqual(
    entriesOf(names, 'confidence').map((e) => e.code),
    ['LAW', 'PAGE', 'THIRD_PARTY', 'UNCONFIRMED'],
  )
  assert.deepEqual(entriesOf(names, 'none'), [])
})

test('only an UNCONFIRMED basis is flagged for checking', () => {
  assert.equal(unconfirmed({ confidence: 'UNCONFIRMED' }), true)
  assert.equal(unconfirmed({ confidence: 'THIRD_PARTY' }), false)
  assert.equal(unconfirmed({}), false)
})
