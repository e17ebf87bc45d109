import { test } from 'node:test'
import assert from 'node:assert/strict'
import { emptyReport, marksByField, parseNumber, testName, toContent, toForm } from './report.js'

test('figures typed as text become numbers, and one that is not a number is named and sent empty', () => {
  const form = emptyReport()
  form.products.push({ product: 'CEMENT_CLINKER', indicator: 'COMPREHENSIVE_ENERGY', unit: 'kgce/t', value: '118', energy: '', output: '1,000', previousValue: 'abc', conditions: { altitudeMeters: '200' } })
  form.declaredTotalTce = ' 12 345.6 '
  const { content, invalid } = toContent(form)
  assert.equal(content.products[0].value, 118)
  assert.equal(content.products[0].output, 1000)
  assert.equal(content.products[0].previousValue, null)
  assert.deepEqual(content.products[0].conditions, { altitudeMeters: 200 })
  assert.equal(content.declaredTotalTce, 12345.6)
  assert.equal(content.dataCentre, null)
  assert.equal(content.balance, null)
  assert.equal(content.target, null)
  assert.deepEqual(invalid, { 'products[0].previousValue': '须为数字' })
  assert.equal(parseNumber(''), null)
  assert.ok(Number.isNaN(parseNumber('1.2.3')))
})

test('a report read back fills the form with every figure as text', () => {
  const form = toForm({ basic: { unitName: '厂', managerFiled: true, lastAuditYear: 2024 }, products: [{ product: 'P', indicator: 'I', value: 105, conditions: { a: 1 } }], dataCentre: { pue: 1.25 } })
  assert.equal(form.basic.lastAuditYear, '2024')
  assert.equal(form.basic.managerFiled, true)
  assert.equal(form.products[0].value, '105')
  assert.deepEqual(form.products[0].conditions, { a: '1' })
  assert.equal(form.isDataCentre, true)
  assert.equal(form.dataCentre.pue, '1.25')
})

test('signals and problems are sorted to the fields they name; passing checks are no marks', () => {
  const marks = marksByField(
    {
      problems: [{ field: 'basic.managerFiled', message: '必填' }, { field: 'products[0].previousValue', message: '必填' }],
      verdicts: [
        { field: 'products[0].value', outcome: 'SIGNAL', signal: 'OVER_QUOTA', message: '超过限额' },
        { field: 'energy', outcome: 'INFO', message: '折算' },
        { field: 'usesTce', outcome: 'SIGNAL', signal: 'USE_SUM_MISMATCH', message: '不一致' },
      ],
    },
    { 'products[0].previousValue': '须为数字' },
  )
  assert.equal(marks['products[0].value'][0].signal, 'OVER_QUOTA')
  assert.equal(marks['basic.managerFiled'][0].kind, 'problem')
  assert.deepEqual(marks['products[0].previousValue'].map((m) => m.kind), ['invalid'])
  assert.equal(marks.uses[0].signal, 'USE_SUM_MISMATCH')
  assert.equal(marks.energy, undefined)
  assert.equal(testName('products[0].value'), 'products-0-value')
})
