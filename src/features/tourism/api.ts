// The module's only way to domain data: the backend boundary, read through typed hooks on the query layer.
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { tourismBackend } from '@/backend/tourism'
import { userApi as userBackend } from '@/backend/user'
import type { Locale, SavedItem, SavedRef } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { invalidating, useQuery, USER_SCOPES } from '@/components/query'
import { pageUrl } from '@/routes'
import { tourismModule } from './module'

const SCOPES = {
  sights: 'tourism.sights',
  sight: 'tourism.sight',
  routes: 'tourism.routes',
  route: 'tourism.route',
  stations: 'tourism.stations',
  concessions: 'tourism.concessions',
  saved: 'tourism.saved',
  favourite: 'tourism.favourite'
} as const
const reference = { reference: true }

export const useSights = () => useQuery([SCOPES.sights], (locale) => tourismBackend.listSights(locale), reference)

export const useSight = (id: string) =>
  useQuery([SCOPES.sight, id], (locale) => tourismBackend.getSight(id, locale), reference)

export const useRoutes = () => useQuery([SCOPES.routes], (locale) => tourismBackend.listRoutes(locale), reference)

export const useRoute = (id: string) =>
  useQuery([SCOPES.route, id], (locale) => tourismBackend.getRoute(id, locale), reference)

export const useStations = () => useQuery([SCOPES.stations], (locale) => tourismBackend.listStations(locale), reference)

export const useConcessionPolicies = () =>
  useQuery([SCOPES.concessions], (locale) => tourismBackend.listConcessionPolicies(locale), reference)

/** the kinds of saved item the module owns (its record lists them under `saved`) */
export type SavedKind = 'sight' | 'route' | 'event' | 'venue'

export const savedRef = (kind: SavedKind, id: string): SavedRef => ({ module: tourismModule.id, kind, id })

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
    void Taro.showToast({ title: t(now ? 'tourism.favourite.added' : 'tourism.favourite.removed'), icon: 'none' })
  }
  return { ready: saved !== undefined, favourite: favourite.data ?? false, toggle }
}

export const SIGHT_SOURCE: SavedSource = {
  kind: 'sight',
  title: async (id, locale) => (await tourismBackend.getSight(id, locale)).name,
  route: (id) => pageUrl('tourism', 'sight', { id })
}

export const ROUTE_SOURCE: SavedSource = {
  kind: 'route',
  title: async (id, locale) => (await tourismBackend.getRoute(id, locale)).name,
  route: (id) => pageUrl('tourism', 'route', { id })
}
