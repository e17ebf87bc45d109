import { defineStore } from 'pinia'
import { api } from '@/api/http'
import { entriesOf, nameOf } from '@/utils/dictionary'

let loading = null

/**
 * The dictionary of display names, loaded once when the app starts (GET /api/v1/dictionaries is public, so the login
 * and public pages have it too). The router waits for it before the first page; a failed load is tried again on the
 * next navigation.
 */
export const useDictionaryStore = defineStore('dictionary', {
  state: () => ({ names: {}, loaded: false }),
  actions: {
    load() {
      if (this.loaded) return Promise.resolve(this.names)
      if (!loading) {
        loading = api
          .get('/api/v1/dictionaries', { quiet: true, noRedirect: true })
          .then((names) => {
            this.names = names || {}
            this.loaded = true
            return this.names
          })
          .catch(() => this.names)
          .finally(() => {
            loading = null
          })
      }
      return loading
    },
    label(category, code) {
      return nameOf(this.names, category, code)
    },
    entries(category) {
      return entriesOf(this.names, category)
    },
  },
})
