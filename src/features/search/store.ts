// Search history, newest first, kept on the device and clearable.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
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
