import { create } from 'zustand'
import type { TabId } from '@/module-record'

/** what the app-drawn tab bar shows: the tab on screen and the count on 我的 (not persisted) */
interface TabBarState {
  selected: TabId
  /** the user's appeals that moved on since they last looked */
  appealUpdates: number
  select(tab: TabId): void
  setAppealUpdates(count: number): void
}

export const useTabBar = create<TabBarState>()((set) => ({
  selected: 'home',
  appealUpdates: 0,
  select: (selected) => set({ selected }),
  setAppealUpdates: (appealUpdates) => set({ appealUpdates })
}))
