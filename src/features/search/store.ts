// Search history, newest first, kept on the device and clearable; and the zone scope of the results.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ZoneScope } from '@/core/gov-services/zone-scope'
import { deviceStateStorage } from '@/stores/persist-storage'

const LIMIT = 12

interface SearchHistoryState {
  queries: string[]
  remember(query: string): void
  clear(): void
}

export const useSearchHistory = create<SearchHistoryState>()(
  persist(
    (set) => ({
      queries: [],
      remember: (query) => {
        const q = query.trim()
        if (q) set((s) => ({ queries: [q, ...s.queries.filter((x) => x !== q)].slice(0, LIMIT) }))
      },
      clear: () => set({ queries: [] })
    }),
    {
      name: 'wst:search-history',
      version: 1,
      storage: deviceStateStorage(1),
      partialize: ({ queries }) => ({ queries }),
      merge: (persisted, current) => {
        const queries = (persisted as { queries?: unknown } | undefined)?.queries
        return Array.isArray(queries)
          ? { ...current, queries: queries.filter((q): q is string => typeof q === 'string').slice(0, LIMIT) }
          : current
      }
    }
  )
)

/** 本专区可办 or 全部: what the search lists, kept for the session (not on the device: each launch starts in the zone) */
interface SearchScopeState {
  scope: ZoneScope
  setScope(scope: ZoneScope): void
}

export const useSearchScope = create<SearchScopeState>()((set) => ({
  scope: 'zone',
  setScope: (scope) => set({ scope })
}))
