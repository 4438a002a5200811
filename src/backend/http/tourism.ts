import type { ConcessionPolicy, Sight, Station, TourRoute } from '@/core/tourism/types'
import type { SightDetail, TourismApi } from '../types'
import { createHttpClient, type ClientOptions } from './client'

export function httpTourismApi(options: ClientOptions): TourismApi {
  const call = createHttpClient(options)
  const list = <T>(kind: string, locale: string) => call<T[]>('GET', `/tourism/${kind}`, { query: { locale } })
  const one = <T>(kind: string, id: string, locale: string) =>
    call<T>('GET', `/tourism/${kind}/${encodeURIComponent(id)}`, { query: { locale } })
  return {
    listSights: (locale) => list<Sight>('sights', locale),
    getSight: (id, locale) => one<SightDetail>('sights', id, locale),
    listRoutes: (locale) => list<TourRoute>('routes', locale),
    getRoute: (id, locale) => one<TourRoute>('routes', id, locale),
    listStations: (locale) => list<Station>('stations', locale),
    listConcessionPolicies: (locale) => list<ConcessionPolicy>('concessions', locale)
  }
}
