// The three zones as data: what each shows is read from here, never branched on in pages.
// Which modules a zone shows is said by each module's record (src/modules.ts).

import type { CityId, ZoneId } from '@/core/domain'
import type { IconName } from '@/core/icons'

export interface Zone {
  id: ZoneId
  /** i18n keys */
  nameKey: string
  introKey: string
  cities: CityId[]
  /** services shown: all Jiangmen items, or only the 跨城通办 items another member city accepts */
  crossCity?: CityId
  /** the home grid: services people use most in this zone, with the short names they know them by */
  homeGrid: { serviceId: string; label: string; icon: IconName }[]
  hotline: string
}

export const ZONES: Zone[] = [
  {
    id: 'jiangmen',
    nameKey: 'zone.jiangmen.name',
    introKey: 'zone.jiangmen.intro',
    cities: ['jiangmen'],
    homeGrid: [
      { serviceId: 'svc-0001', label: '社保查询', icon: 'shield-check' },
      { serviceId: 'svc-0002', label: '公积金提取', icon: 'piggy-bank' },
      { serviceId: 'svc-0003', label: '异地就医备案', icon: 'hospital' },
      { serviceId: 'svc-0004', label: '身份证换领', icon: 'id-card' },
      { serviceId: 'svc-0005', label: '二手房过户', icon: 'key-round' },
      { serviceId: 'svc-0006', label: '驾驶证换证', icon: 'car' },
      { serviceId: 'svc-0007', label: '港澳签注', icon: 'stamp' }
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
      { serviceId: 'svc-0031', label: '养老保险转移', icon: 'hand-heart' },
      { serviceId: 'svc-0030', label: '医保转移', icon: 'heart-pulse' },
      { serviceId: 'svc-0046', label: '公积金转移', icon: 'arrow-left-right' },
      { serviceId: 'svc-0003', label: '异地就医备案', icon: 'hospital' },
      { serviceId: 'svc-0074', label: '开办企业', icon: 'briefcase-business' },
      { serviceId: 'svc-0039', label: '居住证申领', icon: 'map-pin-house' },
      { serviceId: 'svc-0006', label: '驾驶证换证', icon: 'car' }
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
      { serviceId: 'svc-0048', label: '户口迁入江门', icon: 'house-plus' },
      { serviceId: 'svc-0031', label: '养老保险转移', icon: 'hand-heart' },
      { serviceId: 'svc-0046', label: '公积金转移', icon: 'arrow-left-right' },
      { serviceId: 'svc-0003', label: '异地就医备案', icon: 'hospital' },
      { serviceId: 'svc-0074', label: '开办企业', icon: 'briefcase-business' },
      { serviceId: 'svc-0028', label: '一手房办证', icon: 'building-2' },
      { serviceId: 'svc-0040', label: '港澳居民居住证', icon: 'id-card' }
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
