// The module's only way to domain data: the backend boundary, read through typed hooks on the query layer.
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { talentBackend } from '@/backend/talent'
import { userApi as userBackend } from '@/backend/user'
import type { Locale, SavedItem, SavedRef } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { invalidating, useQuery, USER_SCOPES } from '@/components/query'
import { pageUrl } from '@/routes'
import { talentModule } from './module'

const SCOPES = {
  policies: 'talent.policies',
  policy: 'talent.policy',
  saved: 'talent.saved',
  favourite: 'talent.favourite'
} as const
const reference = { reference: true }

export const usePolicies = () => useQuery([SCOPES.policies], (locale) => talentBackend.listPolicies(locale), reference)

export const usePolicy = (id: string) =>
  useQuery([SCOPES.policy, id], (locale) => talentBackend.getPolicy(id, locale), reference)

/** the kinds of saved item the module owns (its record lists them under `saved`) */
export type SavedKind = 'policy' | 'posting'

export const savedRef = (kind: SavedKind, id: string): SavedRef => ({ module: talentModule.id, kind, id })

/** how a saved record of one kind reads in a script, and where it opens */
export interface SavedSource {
  kind: SavedKind
  title(id: string, locale: Locale): Promise<string>
  route(id: string): string
}

/** the record as 我的 keeps it: both scripts' titles, so the main package needs no catalogue */
async function savedItem(source: SavedSource, id: string): Promise<SavedItem> {
  const [title, titleHant] = await Promise.all([source.title(id, 'zh-Hans'), source.title(id, 'zh-Hant')])
  return { ...savedRef(source.kind, id), title, titleHant, route: source.route(id), at: Date.now() }
}

/**
 * A detail page's saved state: it records the visit in 我的足迹 once loaded, and answers whether the record is a
 * favourite and how to toggle it (with the toast that says where it went).
 */
export function useSavedRecord(source: SavedSource, id: string, t: Translate) {
  const saved = useQuery([SCOPES.saved, source.kind, id], () => savedItem(source, id), reference).data
  const favourite = useQuery([SCOPES.favourite, source.kind, id], () =>
    userBackend.isFavourite(savedRef(source.kind, id))
  )
  useEffect(() => {
    if (saved) void invalidating([USER_SCOPES.history], userBackend.addHistory({ ...saved, at: Date.now() }))
  }, [saved])
  const toggle = async () => {
    if (!saved) return
    const now = await invalidating([USER_SCOPES.favourites, SCOPES.favourite], userBackend.toggleFavourite(saved))
    void Taro.showToast({ title: t(now ? 'talent.favourite.added' : 'talent.favourite.removed'), icon: 'none' })
  }
  return { ready: saved !== undefined, favourite: favourite.data ?? false, toggle }
}

export const POLICY_SOURCE: SavedSource = {
  kind: 'policy',
  title: async (id, locale) => (await talentBackend.getPolicy(id, locale)).title,
  route: (id) => pageUrl('talent', 'policy', { id })
}
