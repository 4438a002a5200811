// A module's detail page as a saved item (我的收藏, 我的足迹): one hook for every module whose records are saved.
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { isBackendError } from '@/backend/errors'
import { userApi as userBackend } from '@/backend/user'
import type { Locale, SavedItem, SavedRef } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { invalidating, useQuery, USER_SCOPES } from './query'

const SCOPES = { saved: 'saved.record', favourite: 'saved.favourite' } as const

/** how a saved record of one kind of a module reads in a script, and where it opens */
export interface SavedSource<Kind extends string = string> {
  /** the module that owns the kind (its record lists it under `saved`) */
  module: string
  kind: Kind
  title(id: string, locale: Locale): Promise<string>
  route(id: string): string
}

const refOf = (source: SavedSource, id: string): SavedRef => ({ module: source.module, kind: source.kind, id })

/** the record as 我的 keeps it: both scripts' titles, so the main package needs no catalogue */
async function savedItem(source: SavedSource, id: string): Promise<SavedItem> {
  const [title, titleHant] = await Promise.all([source.title(id, 'zh-Hans'), source.title(id, 'zh-Hant')])
  return { ...refOf(source, id), title, titleHant, route: source.route(id), at: Date.now() }
}

/**
 * A detail page's saved state: it records the visit in 我的足迹 once loaded, and answers whether the record is a
 * favourite and how to toggle it (with the toast that says where it went).
 */
export function useSavedRecord(source: SavedSource, id: string, t: Translate) {
  const key = [source.module, source.kind, id] as const
  const saved = useQuery([SCOPES.saved, ...key], () => savedItem(source, id), { reference: true }).data
  const favourite = useQuery([SCOPES.favourite, ...key], () => userBackend.isFavourite(refOf(source, id)))
  useEffect(() => {
    // a visit that cannot be recorded (storage full) costs nothing else: the page works as before
    if (saved)
      invalidating([USER_SCOPES.history], userBackend.addHistory({ ...saved, at: Date.now() })).catch(() => undefined)
  }, [saved])
  const toggle = async () => {
    if (!saved) return
    try {
      const now = await invalidating([USER_SCOPES.favourites, SCOPES.favourite], userBackend.toggleFavourite(saved))
      void Taro.showToast({ title: t(now ? 'favourite.added' : 'favourite.removed'), icon: 'none' })
    } catch (e) {
      showFavouriteFailure(t, e)
    }
  }
  return { ready: saved !== undefined, favourite: favourite.data ?? false, toggle }
}

/** a favourite that could not be changed says why: a full storage in its own words, anything else as a failure */
export function showFavouriteFailure(t: Translate, e: unknown) {
  const full = isBackendError(e) && e.reason === 'storage.full'
  void Taro.showToast({ title: t(full ? 'favourite.storageFull' : 'favourite.failed'), icon: 'none' })
}
