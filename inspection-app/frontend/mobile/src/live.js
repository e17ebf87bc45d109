// A Dexie live query as a Vue ref: the page shows what is on the device and follows every change.
import { onUnmounted, shallowRef } from 'vue'
import { liveQuery } from 'dexie'

export function live(query, initial) {
  // shallow: the rows stay plain objects, so they can be written back to IndexedDB (a reactive proxy cannot be cloned)
  const value = shallowRef(initial)
  const subscription = liveQuery(query).subscribe({ next: (v) => (value.value = v), error: () => {} })
  onUnmounted(() => subscription.unsubscribe())
  return value
}

export function age(iso) {
  if (!iso) return ''
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60000)
  if (minutes < 1) return '刚刚'
  if (minutes < 60) return `${minutes} 分钟前`
  if (minutes < 1440) return `${Math.round(minutes / 60)} 小时前`
  return `${Math.round(minutes / 1440)} 天前`
}

export function dateTime(iso) {
  if (!iso) return '—'
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
}
