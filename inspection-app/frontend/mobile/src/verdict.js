// The rules' verdict beside a figure, asked from the server's check APIs while online. Offline the app says
// 联网后判定: it never guesses a verdict in the browser.
import { post } from './api'

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

export async function quotaVerdict(row) {
  if (!row.product || !row.indicator || typeof row.value !== 'number') return null
  if (!navigator.onLine) return { tone: 'wait', text: '联网后判定' }
  try {
    const r = await post('/api/v1/checks/energy-quota', {
      product: row.product,
      indicator: row.indicator,
      value: row.value,
      unit: row.unit,
      date: today(),
      conditions: row.conditions || {},
    })
    const limit = r.limits?.['3']
    if (r.overQuota) return { tone: 'bad', text: `超过限额：限定值 ${limit} ${r.unit}（${r.basis?.standard || ''}）` }
    return { tone: 'good', text: `符合限额（${r.grade} 级）${r.unconfirmed ? '；所依据数值待核实' : ''}` }
  } catch (e) {
    if (e.status === 0) return { tone: 'wait', text: '联网后判定' }
    return { tone: 'hold', text: `需确认：${e.message}` }
  }
}

export async function equipmentVerdict(row) {
  if (!row.type) return null
  if (!navigator.onLine) return { tone: 'wait', text: '联网后判定' }
  try {
    const r = await post('/api/v1/checks/equipment', { ...row, inspectorGrade: undefined, date: today() })
    if (r.eliminated === 'ELIMINATED') return { tone: 'bad', text: `淘汰设备：${r.reasons.join('；')}` }
    if (r.belowLimit) return { tone: 'bad', text: `低于能效限定值（3 级）：${r.reasons.join('；')}` }
    if (r.efficiency === 'NO_VALUES_LOADED') return { tone: 'hold', text: `需人工判定：${r.reasons.join('；')}`, byHand: true }
    return { tone: 'good', text: r.grade ? `符合（能效 ${r.grade} 级）` : `符合${r.reasons.length ? '：' + r.reasons.join('；') : ''}` }
  } catch (e) {
    if (e.status === 0) return { tone: 'wait', text: '联网后判定' }
    return { tone: 'hold', text: `需确认：${e.message}` }
  }
}
