import { useDidShow } from '@tarojs/taro'
import { userApi } from '@/backend/user'
import { useTabBar } from '@/stores/tab-bar'

/**
 * Refresh how many of the user's appeals moved on since they last looked, whenever a tab page shows: the tab bar
 * draws it as a badge on 我的 (the in-app notice on H5; mini-programs also get subscribe messages).
 */
export function useAppealBadge(): void {
  useDidShow(() => {
    userApi.countAppealUpdates().then(
      (n) => useTabBar.getState().setAppealUpdates(n),
      () => undefined
    )
  })
}

/** the count the badge shows */
export function useAppealUpdates(): number {
  return useTabBar((s) => s.appealUpdates)
}
