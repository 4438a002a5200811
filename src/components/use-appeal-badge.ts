import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { userApi } from '@/backend/user'
import { TAB_PAGES } from '@/routes'

const MINE_TAB = Object.keys(TAB_PAGES).indexOf('mine')

/**
 * How many of the user's appeals moved on since they last looked, refreshed whenever a tab page shows:
 * a red badge on 我的 (the in-app notice on H5; mini-programs also get subscribe messages).
 */
export function useAppealBadge(): number {
  const [count, setCount] = useState(0)
  useDidShow(() => {
    userApi.countAppealUpdates().then(
      (n) => {
        setCount(n)
        const badge =
          n > 0
            ? Taro.setTabBarBadge({ index: MINE_TAB, text: n > 99 ? '99+' : String(n) })
            : Taro.removeTabBarBadge({ index: MINE_TAB })
        void Promise.resolve(badge).catch(() => undefined)
      },
      () => undefined
    )
  })
  return count
}
