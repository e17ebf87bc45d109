import { defineStore } from 'pinia'
import { api } from '@/api/http'

/** The header's badge: unread messages plus open tasks, read every 30 s while signed in and after any change. */
export const useBadge = defineStore('badge', {
  state: () => ({ unreadMessages: 0, openTasks: 0, total: 0 }),
  actions: {
    set(badge) {
      if (badge) Object.assign(this, { unreadMessages: badge.unreadMessages, openTasks: badge.openTasks, total: badge.total })
    },
    async refresh() {
      this.set(await api.get('/api/v1/notifications/badge', { quiet: true }).catch(() => null))
    },
  },
})
