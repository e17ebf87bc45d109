import { useDictionaryStore } from '@/stores/dictionary'

/** The GB/T 4754 name of an industry code by its longest known prefix (C3011 水泥制造, else C30 非金属矿物制品业). */
export function industryName(code) {
  if (!code) return '—'
  const names = useDictionaryStore().names.industry || {}
  for (let length = code.length; length >= 1; length--) {
    const name = names[code.slice(0, length)]
    if (name) return name
  }
  return code
}
