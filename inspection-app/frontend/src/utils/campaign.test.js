import { test } from 'node:test'
import assert from 'node:assert/strict'
import { percent, stratumLabel } from './campaign.js'

test('the single stratum reads as not stratified', () => {
  assert.equal(stratumLabel('ALL'), '全部（不分层）')
})

test('a stratum key names its county, industry and risk class', () => {
  const names = { 451202: '金城江区' }
  assert.equal(stratumLabel('451202/C2221/KEY', (code) => names[code]), '金城江区 / C2221 / 重点用能单位')
  assert.equal(stratumLabel('451299', () => null), '451299')
})

test('a rectification rate reads as a percentage, none as a dash', () => {
  assert.equal(percent(0.8333), '83.3%')
  assert.equal(percent(null), '—')
})
