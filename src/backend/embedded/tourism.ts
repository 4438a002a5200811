// The embedded 文旅服务 backend: the sights, routes, stations and concession rules of the bundled sample data,
// packed at build time from src/data/tourism/ (src/core/packed-json.ts). 繁體 is derived on first use with the
// build-time table, as for the other datasets.
import hantTable from '@/generated/hant-table.json'
import packed from '@/generated/tourism-data.json'
import type { Locale } from '@/core/domain'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { ConcessionPolicy, Sight, Station, TourRoute } from '@/core/tourism/types'
import { BackendError } from '../errors'
import type { TourismApi } from '../types'

interface TourismDataset {
  sights: Sight[]
  routes: TourRoute[]
  stations: Station[]
  concessions: ConcessionPolicy[]
}

/** a bundled list in the user's script: 繁體 converted once, on first use */
function localized<T>(hans: T[]): (locale: Locale) => T[] {
  let hant: T[] | undefined
  return (locale) =>
    locale === 'zh-Hant' ? (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable))) : hans
}

/** one record of a list by id, or not_found with the module's message */
function byId<T extends { id: string }>(list: T[], id: string, code: string): T {
  const found = list.find((x) => x.id === id)
  if (!found) throw new BackendError('not_found', code)
  return found
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
