// The three zones as data: what each shows is read from here, never branched on in pages.
// Which modules a zone shows is said by each module's record (src/modules.ts).

import type { CityId, ZoneId } from '@/core/domain'

export interface Zone {
  id: ZoneId
  /** i18n keys */
  nameKey: string
  introKey: string
  cities: CityId[]
  /** services shown: all Jiangmen items, or only the 跨城通办 items another member city accepts */
  crossCity?: CityId
  /** the home grid: services people use most in this zone, with the short names they know them by */
  homeGrid: { serviceId: string; label: string }[]
  hotline: string
}

export const ZONES: Zone[] = [
  {
    id: 'jiangmen',
    nameKey: 'zone.jiangmen.name',
    introKey: 'zone.jiangmen.intro',
    cities: ['jiangmen'],
    homeGrid: [
      { serviceId: 'svc-0001', label: '社保查询' },
      { serviceId: 'svc-0002', label: '公积金提取' },
      { serviceId: 'svc-0003', label: '异地就医备案' },
      { serviceId: 'svc-0004', label: '身份证换领' },
      { serviceId: 'svc-0005', label: '二手房过户' },
      { serviceId: 'svc-0006', label: '驾驶证换证' },
      { serviceId: 'svc-0007', label: '港澳签注' }
    ],
    hotline: '12345'
  },
  {
    id: 'shenjiang',
    nameKey: 'zone.shenjiang.name',
    introKey: 'zone.shenjiang.intro',
    cities: ['shenzhen', 'jiangmen'],
    crossCity: 'shenzhen',
    homeGrid: [
      { serviceId: 'svc-0031', label: '养老保险转移' },
      { serviceId: 'svc-0030', label: '医保转移' },
      { serviceId: 'svc-0046', label: '公积金转移' },
      { serviceId: 'svc-0003', label: '异地就医备案' },
      { serviceId: 'svc-0074', label: '开办企业' },
      { serviceId: 'svc-0039', label: '居住证申领' },
      { serviceId: 'svc-0006', label: '驾驶证换证' }
    ],
    hotline: '12345'
  },
  {
    id: 'zhongjiang',
    nameKey: 'zone.zhongjiang.name',
    introKey: 'zone.zhongjiang.intro',
    cities: ['zhongshan', 'jiangmen'],
    crossCity: 'zhongshan',
    homeGrid: [
      { serviceId: 'svc-0048', label: '户口迁入江门' },
      { serviceId: 'svc-0031', label: '养老保险转移' },
      { serviceId: 'svc-0046', label: '公积金转移' },
      { serviceId: 'svc-0003', label: '异地就医备案' },
      { serviceId: 'svc-0074', label: '开办企业' },
      { serviceId: 'svc-0028', label: '一手房办证' },
      { serviceId: 'svc-0040', label: '港澳居民居住证' }
    ],
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
