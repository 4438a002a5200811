import { useDidShow } from '@tarojs/taro'
import { userApi } from '@/backend/user'
import type { UpdateBadge } from '@/module-record'
import { useTabBar } from '@/stores/tab-bar'

const COUNTS: Record<UpdateBadge, () => Promise<number>> = {
  'appeal-updates': () => userApi.countAppealUpdates(),
  'application-updates': () => userApi.countApplicationUpdates()
}

/**
 * Refresh how many of the user's appeals and applications moved on since they last looked, whenever a tab page
 * shows: the tab bar draws their sum as a badge on 我的 (the in-app notice on H5; mini-programs also get subscribe
 * messages), and 我的 shows each beside its entry.
 */
export function useUpdateBadges(): void {
  useDidShow(() => {
    for (const [kind, count] of Object.entries(COUNTS) as [UpdateBadge, () => Promise<number>][])
      count().then(
        (n) => useTabBar.getState().setUpdates(kind, n),
        () => undefined
      )
  })
}

/** the count beside one entry of 我的 */
export function useUpdates(kind: UpdateBadge): number {
  return useTabBar((s) => s.updates[kind])
}
