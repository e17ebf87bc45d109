import { onMounted, onUnmounted, ref } from 'vue'

/** Whether the window is phone-sized (under 768 px), kept up to date while the component lives. */
export function useNarrow() {
  const narrow = ref(typeof window !== 'undefined' && window.innerWidth < 768)
  const measure = () => (narrow.value = window.innerWidth < 768)
  onMounted(() => window.addEventListener('resize', measure))
  onUnmounted(() => window.removeEventListener('resize', measure))
  return narrow
}
