// The dictionary of display names (GET /api/v1/dictionaries: category → code → name) and what the pages do with it.
// Pure functions (no Vue, no fetch): unit-tested with node. The server's dictionary is the only source of a name.

/**
 * The name of `code` in `category`: '—' for no code; a code the dictionary does not know is shown as the server
 * shows it (未知（code）), never bare, so a missing name is visible as such.
 */
export function nameOf(names, category, code) {
  if (code === null || code === undefined || code === '') return '—'
  const name = names?.[category]?.[code]
  return name || `未知（${code}）`
}

/** The codes of a category with their names, in the dictionary's order (for the options of a select). */
export function entriesOf(names, category) {
  return Object.entries(names?.[category] || {}).map(([code, name]) => ({ code, name }))
}

/** The name of a quota indicator: its key in the dictionary is `PRODUCT/INDICATOR`. */
export function indicatorName(names, product, indicator) {
  return nameOf(names, 'quotaIndicator', `${product}/${indicator}`)
}

/** Whether a finding's basis is a figure nobody has confirmed yet (shown as 待核实 with a warning). */
export function unconfirmed(finding) {
  return finding?.confidence === 'UNCONFIRMED'
}
