// The 能源利用状况报告 form's pure parts (no Vue, no fetch; unit-tested with node): the empty report, the form as
// typed → the API's ReportContent (numbers parsed, a figure that is not a number named), and the live checks of
// POST …/check sorted to the fields they name.

/** Numbers of the form, by path; each is typed as text so a half-typed figure is never lost. */
export const NUMBER_FIELDS = {
  basic: ['lastAuditYear', 'nonFossilSharePercent', 'outputValue'],
  balance: ['purchasedTce', 'stockDecreaseTce', 'consumedTce', 'lossTce', 'exportedTce'],
  target: ['targetTce', 'achievedTce'],
  dataCentre: ['pue', 'totalElectricityKwh', 'itElectricityKwh', 'standardRacks', 'commissionedYear'],
  energy: ['quantity', 'measuredCoefficient'],
  uses: ['tce'],
  products: ['value', 'energy', 'output', 'previousValue'],
  equipment: ['quantity'],
  projects: ['investment', 'savingsTce'],
}

/** Where a verdict's field is shown on the form, when the rules name it otherwise. */
const FIELD_ALIAS = { usesTce: 'uses', energyManagerFiled: 'basic.managerFiled', lastAuditYear: 'basic.lastAuditYear' }

export function emptyReport() {
  return {
    formVersion: '2008',
    basic: { unitName: '', energyManager: '', managerTitle: '', managerFiled: null, lastAuditYear: '', nonFossilSharePercent: '', outputValue: '' },
    energy: [],
    electricityBasis: 'EQUIVALENT_VALUE',
    equalValueCoefficient: '',
    declaredTotalTce: '',
    uses: [],
    balance: { purchasedTce: '', stockDecreaseTce: '', consumedTce: '', lossTce: '', exportedTce: '' },
    products: [],
    changeExplanation: '',
    target: { targetTce: '', achievedTce: '', selfAssessment: '' },
    equipment: [],
    projects: [],
    isDataCentre: false,
    dataCentre: { pue: '', totalElectricityKwh: '', itElectricityKwh: '', standardRacks: '', commissionedYear: '' },
  }
}

const text = (v) => (v === null || v === undefined ? '' : String(v))

/** A ReportContent of the API (a draft, a version) → the form, every figure as text. */
export function toForm(content) {
  const form = emptyReport()
  if (!content) return form
  const c = content
  Object.assign(form.basic, mapText(c.basic, NUMBER_FIELDS.basic), { managerFiled: c.basic?.managerFiled ?? null })
  for (const k of ['unitName', 'energyManager', 'managerTitle']) form.basic[k] = c.basic?.[k] || ''
  form.energy = (c.energy || []).map((e) => ({ energyType: e.energyType || '', unit: e.unit || '', ...mapText(e, NUMBER_FIELDS.energy) }))
  form.electricityBasis = c.electricityBasis || 'EQUIVALENT_VALUE'
  form.equalValueCoefficient = text(c.equalValueCoefficient)
  form.declaredTotalTce = text(c.declaredTotalTce)
  form.uses = (c.uses || []).map((u) => ({ use: u.use || '', tce: text(u.tce) }))
  Object.assign(form.balance, mapText(c.balance, NUMBER_FIELDS.balance))
  form.products = (c.products || []).map((p) => ({
    product: p.product || '',
    indicator: p.indicator || '',
    unit: p.unit || '',
    ...mapText(p, NUMBER_FIELDS.products),
    conditions: Object.fromEntries(Object.entries(p.conditions || {}).map(([k, v]) => [k, text(v)])),
  }))
  form.changeExplanation = c.changeExplanation || ''
  Object.assign(form.target, mapText(c.target, NUMBER_FIELDS.target), { selfAssessment: c.target?.selfAssessment || '' })
  form.equipment = (c.equipment || []).map((e) => ({
    name: e.name || '',
    type: e.type || '',
    model: e.model || '',
    quantity: text(e.quantity),
    parameters: Object.fromEntries(Object.entries(e.parameters || {}).map(([k, v]) => [k, text(v)])),
  }))
  form.projects = (c.projects || []).map((p) => ({ name: p.name || '', status: p.status || '', ...mapText(p, NUMBER_FIELDS.projects) }))
  form.isDataCentre = !!c.dataCentre
  Object.assign(form.dataCentre, mapText(c.dataCentre, NUMBER_FIELDS.dataCentre))
  return form
}

function mapText(source, keys) {
  return Object.fromEntries(keys.map((k) => [k, text(source?.[k])]))
}

/** '' → null, '1 234.5' → 1234.5; anything else → NaN (not a number). */
export function parseNumber(value) {
  if (value === null || value === undefined) return null
  const s = String(value).trim().replace(/[,，\s]/g, '')
  if (s === '') return null
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : NaN
}

const blank = (v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

/**
 * The form → the API's ReportContent and the figures that are not numbers (`{ field: message }`, sent as empty).
 * Every row is sent (the checks name rows by their index); a condition of a product or a parameter of equipment may be text (a choice).
 */
export function toContent(form, equipmentFields = {}) {
  const invalid = {}
  const num = (value, field) => {
    const n = parseNumber(value)
    if (Number.isNaN(n)) {
      invalid[field] = '须为数字'
      return null
    }
    return n
  }
  const numbers = (source, keys, at) => Object.fromEntries(keys.map((k) => [k, num(source[k], `${at}${k}`)]))
  // every row is sent, empty or not, so the server's field names (products[1].value) are the form's rows
  const rows = (list) => list.map((row, i) => [row, i])
  const content = {
    formVersion: form.formVersion || '2008',
    basic: {
      unitName: form.basic.unitName.trim() || null,
      energyManager: form.basic.energyManager.trim() || null,
      managerTitle: form.basic.managerTitle.trim() || null,
      managerFiled: form.basic.managerFiled,
      ...numbers(form.basic, NUMBER_FIELDS.basic, 'basic.'),
    },
    energy: rows(form.energy).map(([e, i]) => ({
      energyType: e.energyType || null,
      unit: e.unit || null,
      ...numbers(e, NUMBER_FIELDS.energy, `energy[${i}].`),
    })),
    electricityBasis: form.electricityBasis || null,
    equalValueCoefficient: form.electricityBasis === 'EQUAL_VALUE' ? num(form.equalValueCoefficient, 'equalValueCoefficient') : null,
    declaredTotalTce: num(form.declaredTotalTce, 'declaredTotalTce'),
    uses: rows(form.uses).map(([u, i]) => ({ use: u.use || null, tce: num(u.tce, `uses[${i}].tce`) })),
    // a table left empty is not sent: once there, the server asks for its required figures
    balance: orNull(numbers(form.balance, NUMBER_FIELDS.balance, 'balance.')),
    products: rows(form.products).map(([p, i]) => {
      const conditions = {}
      for (const [k, v] of Object.entries(p.conditions || {})) {
        if (blank(v)) continue
        const n = num(v, `products[${i}].conditions.${k}`)
        if (n !== null) conditions[k] = n
      }
      return {
        product: p.product || null,
        indicator: p.indicator || null,
        unit: p.unit || null,
        ...numbers(p, NUMBER_FIELDS.products, `products[${i}].`),
        conditions,
      }
    }),
    changeExplanation: form.changeExplanation.trim() || null,
    target: orNull({ ...numbers(form.target, NUMBER_FIELDS.target, 'target.'), selfAssessment: form.target.selfAssessment.trim() || null }),
    equipment: rows(form.equipment).map(([e, i]) => {
      const parameters = {}
      const fields = equipmentFields[e.type] || []
      for (const [k, v] of Object.entries(e.parameters || {})) {
        if (blank(v)) continue
        const field = fields.find((f) => f.name === k)
        if (field && field.values?.length) parameters[k] = v
        else {
          const n = num(v, `equipment[${i}].parameters.${k}`)
          if (n !== null) parameters[k] = n
        }
      }
      return { name: e.name.trim() || null, type: e.type || null, model: e.model.trim() || null, quantity: num(e.quantity, `equipment[${i}].quantity`), parameters }
    }),
    projects: rows(form.projects).map(([p, i]) => ({
      name: p.name.trim() || null,
      status: p.status.trim() || null,
      ...numbers(p, NUMBER_FIELDS.projects, `projects[${i}].`),
    })),
    dataCentre: form.isDataCentre ? numbers(form.dataCentre, NUMBER_FIELDS.dataCentre, 'dataCentre.') : null,
  }
  return { content, invalid }
}

/** An object whose every value is empty → null. */
function orNull(object) {
  return Object.values(object).every((v) => v === null || v === undefined) ? null : object
}

/** `products[0].value` → `products-0-value`: the data-test name of a field. */
export function testName(field) {
  return field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')
}

/**
 * The live check (problems and verdicts) and the figures that are not numbers, by the field the form shows them at:
 * `{ field: [{ kind: 'invalid' | 'problem' | 'SIGNAL' | 'PENDING', signal, text }] }`. Passing and informative verdicts
 * are not marks (the table of checks lists them).
 */
export function marksByField(check, invalid = {}) {
  const marks = {}
  const add = (field, mark) => {
    const at = FIELD_ALIAS[field] || field || 'content'
    ;(marks[at] ||= []).push(mark)
  }
  for (const [field, text] of Object.entries(invalid)) add(field, { kind: 'invalid', text })
  for (const p of check?.problems || []) {
    // a figure not a number is already named by the form; the server saw it empty
    if (invalid[p.field]) continue
    add(p.field, { kind: 'problem', text: p.message })
  }
  for (const v of check?.verdicts || []) {
    if (v.outcome !== 'SIGNAL' && v.outcome !== 'PENDING') continue
    add(v.field, { kind: v.outcome, signal: v.signal, text: v.message, unconfirmed: !!v.unconfirmed })
  }
  return marks
}

/** Calls `fn` once `ms` have passed without another call (a figure being typed is checked when the typing pauses). */
export function debounce(fn, ms) {
  let timer = null
  const call = (...args) => {
    clearTimeout(timer)
    timer = setTimeout(() => fn(...args), ms)
  }
  call.cancel = () => clearTimeout(timer)
  return call
}
