// Display names from the server (GET /api/v1/dictionaries, public); the last copy is kept on the device for offline use.
import { ref } from 'vue'
import { nameOf } from '@/utils/dictionary'

const KEY = 'ei.dictionary'
export const names = ref(JSON.parse(localStorage.getItem(KEY) || 'null') || {})

export async function loadDictionary() {
  try {
    const response = await fetch('/api/v1/dictionaries', { headers: { Accept: 'application/json' } })
    if (!response.ok) return
    names.value = await response.json()
    localStorage.setItem(KEY, JSON.stringify(names.value))
  } catch {
    /* offline: the kept copy */
  }
}

export const label = (category, code) => nameOf(names.value, category, code)
