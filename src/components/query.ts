// The one keyed query layer (on swr) that every module's api.ts builds its data hooks on.
// A query is cached per key and locale: the locale is read here, once, so pages never pass it on.
// Its key starts with a scope ('gov.bookings', 'appeals' …): a mutation invalidates whole scopes.
// Reloading is one call, `reload()`, behind the retry button, pull-down refresh and a page shown again.
import Taro, { useDidHide, useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef } from 'react'
import useSWR, { mutate, type SWRConfiguration } from 'swr'
import type { Locale } from '@/core/domain'
import { useSettings } from '@/stores/settings'

/** what a query is known by: its scope, then its arguments (anything JSON can say) */
export type QueryKey = readonly [scope: string, ...args: unknown[]]

export interface Query<T> {
  /** the answer for this key; while another key loads, the last key's answer */
  data: T | undefined
  /** why the last load failed, until a load succeeds */
  error: unknown
  /** the first answer for this key is on its way (a retry after a failure included) */
  loading: boolean
  /** load again, whatever is cached; resolves when the answer (or the failure) is in */
  reload(): Promise<void>
}

export interface QueryOptions {
  /**
   * Reference data (catalogue, guides, halls): loaded once per key and locale, then served from the cache
   * until reloaded. Anything else (the user's own records) is loaded again each time a page that shows
   * it opens or is shown again, and is what mutations invalidate.
   */
  reference?: boolean
}

/** the user's records that more than one module reads or changes */
export const USER_SCOPES = { favourites: 'user.favourites', history: 'user.history' } as const

const BASE: SWRConfiguration = {
  // mini-programs have no window focus or online events to listen to: a page shown again reloads instead
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
  // a failure is shown at once, with its retry button: nothing retries behind the user's back
  shouldRetryOnError: false,
  // another filter keeps the last list on screen until its own answer arrives
  keepPreviousData: true,
  // users of a key mounting together share one load; a page opened again, however soon, loads its records again
  dedupingInterval: 0
}

/** a cached, keyed load; `key` null means "nothing to load yet" (data stays undefined) */
export function useQuery<T>(
  key: QueryKey | null,
  load: (locale: Locale) => Promise<T>,
  options: QueryOptions = {}
): Query<T> {
  const locale = useSettings((s) => s.locale)
  const swr = useSWR<T>(key ? [...key, locale] : null, () => load(locale), {
    ...BASE,
    revalidateIfStale: !options.reference
  })
  const reload = () => (key ? swr.mutate().then(() => undefined) : Promise.resolve())

  // a page shown again (back from another page, or the app from the background) shows the records as they are now
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    if (!options.reference) void reload()
  })

  return { data: swr.data, error: swr.error, loading: swr.isLoading, reload }
}

/** after a mutation: every cached query of these scopes, in every locale, is loaded again when it is shown */
export async function invalidate(...scopes: string[]): Promise<void> {
  await mutate((key) => Array.isArray(key) && scopes.includes(key[0]))
}

/** the mutation, then the scopes it changes invalidated; resolves with the mutation's answer */
export async function invalidating<T>(scopes: string[], change: Promise<T>): Promise<T> {
  const answer = await change
  await invalidate(...scopes)
  return answer
}

/** pull-down refresh reloads these queries (and runs `also`), then ends the refresh */
export function usePullDownReload(queries: Query<unknown>[], also?: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void Promise.all([...queries.map((q) => q.reload()), also?.()]).finally(() => Taro.stopPullDownRefresh())
  })
}
