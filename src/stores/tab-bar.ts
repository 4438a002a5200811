import { create } from 'zustand'
import type { TabId, UpdateBadge } from '@/module-record'

/** what the app-drawn tab bar shows: the tab on screen and the counts on 我的 (not persisted) */
interface TabBarState {
  selected: TabId
  /** per kind of record, how many moved on since the user last looked (appeals, applications) */
  updates: Record<UpdateBadge, number>
  select(tab: TabId): void
  setUpdates(kind: UpdateBadge, count: number): void
}

export const useTabBar = create<TabBarState>()((set) => ({
  selected: 'home',
  updates: { 'appeal-updates': 0, 'application-updates': 0 },
  select: (selected) => set({ selected }),
  setUpdates: (kind, count) => set((s) => ({ updates: { ...s.updates, [kind]: count } }))
}))

/** the count on the 我的 tab: every kind together */
export const totalUpdates = (s: Pick<TabBarState, 'updates'>): number =>
  Object.values(s.updates).reduce((a, b) => a + b, 0)
