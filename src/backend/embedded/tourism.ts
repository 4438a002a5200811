// The embedded 文旅服务 backend: the sights, routes, stations and concession rules of the bundled sample data,
// packed at build time from src/data/tourism/ (src/core/packed-json.ts). 繁體 is derived on first use with the
// build-time table, as for the other datasets.
import packed from '@/generated/tourism-data.json'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { ConcessionPolicy, Sight, Station, TourRoute } from '@/core/tourism/types'
import type { TourismApi } from '../types'
import { byId, localized } from './bundled-lists'

interface TourismDataset {
  sights: Sight[]
  routes: TourRoute[]
  stations: Station[]
  concessions: ConcessionPolicy[]
}

export function embeddedTourismApi(): TourismApi {
  const data = unpack<TourismDataset>(packed as PackedJson)
  const sightsIn = localized(data.sights)
  const routesIn = localized(data.routes)
  const stationsIn = localized(data.stations)
  const policiesIn = localized(data.concessions)
  return {
    listSights: async (locale) => sightsIn(locale),
    getSight: async (id, locale) => {
      const sight = byId(sightsIn(locale), id, 'tourism.sight.unknown')
      const policy = policiesIn(locale).find((p) => p.id === sight.concessionPolicy)
      return { ...sight, concessions: policy?.rules ?? [] }
    },
    listRoutes: async (locale) => routesIn(locale),
    getRoute: async (id, locale) => byId(routesIn(locale), id, 'tourism.route.unknown'),
    listStations: async (locale) => stationsIn(locale),
    listConcessionPolicies: async (locale) => policiesIn(locale)
  }
}
