import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'

export interface Paged<T> {
  /** the items shown so far */
  shown: T[]
  /** how many are not shown yet */
  more: number
  showMore(): void
}

/**
 * A long list drawn a page at a time, to keep each render small: the next page comes at the bottom of
 * the page (reach-bottom) or from the LoadMore control. A new `resetKey` (another filter) starts again at
 * the first page.
 */
export function usePaged<T>(items: readonly T[], pageSize: number, resetKey: string | number = ''): Paged<T> {
  const [state, setState] = useState({ key: resetKey, count: pageSize })
  const count = state.key === resetKey ? state.count : pageSize
  const more = Math.max(0, items.length - count)
  const showMore = () => {
    if (more > 0) setState({ key: resetKey, count: count + pageSize })
  }
  useReachBottom(showMore)
  return { shown: items.slice(0, count), more, showMore }
}
