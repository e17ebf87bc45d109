import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ApiError, fieldErrors, messageOf } from './problem.js'

test('the detail is the message; a validation problem shows its title and its fields', () => {
  assert.equal(messageOf(409, { title: '当前状态不允许此操作', detail: '案件已结案，不能再修改' }), '案件已结案，不能再修改')
  const e = new ApiError(422, { title: '输入数据未通过校验', detail: '以下字段有误：uscc 校验码错误', errors: [{ field: 'uscc', message: '校验码错误' }, { field: 'uscc', message: '必填' }] })
  assert.equal(e.message, '输入数据未通过校验')
  assert.deepEqual(e.fields, { uscc: '校验码错误；必填' })
})

test('no body: a text for the status', () => {
  assert.equal(messageOf(503, null), '服务暂时不可用，请稍后再试')
  assert.equal(messageOf(0, null), '网络连接失败，请检查网络后重试')
  assert.deepEqual(fieldErrors({}), {})
})
