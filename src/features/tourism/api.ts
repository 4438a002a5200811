// The module's only way to domain data: the backend boundary, read through typed hooks on the query layer.
import { tourismBackend } from '@/backend/tourism'
import { useQuery } from '@/components/query'
import { useSavedRecord, type SavedSource as Source } from '@/components/use-saved-record'
import { pageUrl } from '@/routes'
import { tourismModule } from './module'

const SCOPES = {
  sights: 'tourism.sights',
  sight: 'tourism.sight',
  routes: 'tourism.routes',
  route: 'tourism.route',
  stations: 'tourism.stations',
  concessions: 'tourism.concessions'
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

/** a saved record of this module, of one of its kinds */
export type SavedSource = Source<SavedKind>

export { useSavedRecord }

export const SIGHT_SOURCE: SavedSource = {
  module: tourismModule.id,
  kind: 'sight',
  title: async (id, locale) => (await tourismBackend.getSight(id, locale)).name,
  route: (id) => pageUrl('tourism', 'sight', { id })
}

export const ROUTE_SOURCE: SavedSource = {
  module: tourismModule.id,
  kind: 'route',
  title: async (id, locale) => (await tourismBackend.getRoute(id, locale)).name,
  route: (id) => pageUrl('tourism', 'route', { id })
}
