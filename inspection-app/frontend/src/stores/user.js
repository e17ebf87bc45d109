import { defineStore } from 'pinia'
import { api } from '@/api/http'

/** Where each role starts (the per-role home). */
export const HOME_BY_ROLE = {
  SUPERVISOR: '/workbench',
  INSPECTOR: '/workbench',
  ENTERPRISE: '/portal',
  PROVINCE_ADMIN: '/dashboard',
  AUDITOR: '/dashboard',
  PROJECT_REVIEWER: '/approvals',
}

/** The signed-in user (GET /api/v1/auth/me); `null` until loaded or after logout. */
export const useUserStore = defineStore('user', {
  state: () => ({ profile: null, loaded: false }),
  getters: {
    role: (s) => s.profile?.role || null,
    home: (s) => HOME_BY_ROLE[s.profile?.role] || '/cases',
    regions: (s) => s.profile?.regions || [],
  },
  actions: {
    /** Loads the profile once; resolves with it or null when not signed in. */
    async load(force = false) {
      if (this.loaded && !force) return this.profile
      try {
        this.profile = await api.get('/api/v1/auth/me', { quiet: true, noRedirect: true })
      } catch {
        this.profile = null
      }
      this.loaded = true
      return this.profile
    },
    /** Signs in; `code` is the second factor's 6 digits once the server asked for it (problem second-factor-required). */
    async login(username, password, code) {
      const body = code ? { username, password, code } : { username, password }
      this.profile = await api.post('/api/v1/auth/session', body, { quiet: true, noRedirect: true })
      this.loaded = true
      return this.profile
    },
    async logout() {
      try {
        await api.post('/api/v1/auth/logout', undefined, { quiet: true, noRedirect: true })
      } finally {
        this.profile = null
        this.loaded = true
      }
    },
    hasRole(...roles) {
      return !!this.profile && roles.includes(this.profile.role)
    },
    regionName(code) {
      return this.regions.find((r) => r.code === code)?.name || null
    },
  },
})
