// The three zones as data: what each shows is read from here, never branched on in pages.

import type { CityId, ZoneId } from '@/core/domain'

export type ModuleId = 'gov-services'

export interface Zone {
  id: ZoneId
  /** i18n keys */
  nameKey: string
  introKey: string
  cities: CityId[]
  /** modules with an entry on the zone's home page; only modules that exist are listed */
  modules: ModuleId[]
  /** services shown: all Jiangmen items, or only the 跨城通办 items another member city accepts */
  crossCity?: CityId
  /** service ids of the home grid, most used first */
  homeGrid: string[]
  hotline: string
}

export const ZONES: Zone[] = [
  {
    id: 'jiangmen',
    nameKey: 'zone.jiangmen.name',
    introKey: 'zone.jiangmen.intro',
    cities: ['jiangmen'],
    modules: ['gov-services'],
    homeGrid: [],
    hotline: '12345'
  },
  {
    id: 'shenjiang',
    nameKey: 'zone.shenjiang.name',
    introKey: 'zone.shenjiang.intro',
    cities: ['shenzhen', 'jiangmen'],
    modules: ['gov-services'],
    crossCity: 'shenzhen',
    homeGrid: [],
    hotline: '12345'
  },
  {
    id: 'zhongjiang',
    nameKey: 'zone.zhongjiang.name',
    introKey: 'zone.zhongjiang.intro',
    cities: ['zhongshan', 'jiangmen'],
    modules: ['gov-services'],
    crossCity: 'zhongshan',
    homeGrid: [],
    hotline: '12345'
  }
]

export const DEFAULT_ZONE: ZoneId = 'jiangmen'

export function isZoneId(x: unknown): x is ZoneId {
  return ZONES.some((z) => z.id === x)
}

export function zoneById(id: ZoneId): Zone {
  return ZONES.find((z) => z.id === id) ?? ZONES[0]
}
