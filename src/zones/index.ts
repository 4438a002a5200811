// The three zones as data: what each shows is read from here, never branched on in pages.
// Which modules a zone shows is said by each module's record (src/modules.ts).

import type { CityId, ZoneId } from '@/core/domain'
import type { IconName } from '@/core/icons'

/**
 * where a zone topic leads: a list of catalogue items, a catalogue filter, an 一件事 bundle, one guide, or a page
 * of a module (its id and page name in src/modules.ts)
 */
export type TopicLink =
  | { services: string[] }
  | { catalogue: { audience?: 'personal' | 'legal'; theme?: string; featured?: 1 } }
  | { bundle: string }
  | { guide: string; situation?: string }
  | { module: string; page: string }

/** 专区专题: what people of this zone come for, each leading to the items that serve it */
export interface ZoneTopic {
  id: string
  /** i18n keys of the shell catalogue */
  titleKey: string
  descKey: string
  icon: IconName
  to: TopicLink
}

export interface Zone {
  id: ZoneId
  /** i18n keys */
  nameKey: string
  /** the short name in navigation titles (深江专区); the 江门专区 adds none: the app is named after it */
  shortNameKey?: string
  introKey: string
  cities: CityId[]
  /** services shown: all Jiangmen items, or only the 跨城通办 items another member city accepts */
  crossCity?: CityId
  /** the home grid: services people use most in this zone, with the short names they know them by */
  homeGrid: { serviceId: string; label: string; icon: IconName; situation?: string }[]
  topics: ZoneTopic[]
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
      { serviceId: 'svc-0005', label: '二手房过户', icon: 'key-round', situation: 'resale' },
      { serviceId: 'svc-0006', label: '驾驶证换证', icon: 'car' },
      { serviceId: 'svc-0007', label: '港澳签注', icon: 'stamp', situation: 'endorsement' }
    ],
    topics: [
      {
        id: 'featured',
        titleKey: 'zone.jiangmen.topic.featured',
        descKey: 'zone.jiangmen.topic.featuredDesc',
        icon: 'badge-check',
        to: { catalogue: { featured: 1 } }
      },
      {
        id: 'hkmo',
        titleKey: 'zone.jiangmen.topic.hkmo',
        descKey: 'zone.jiangmen.topic.hkmoDesc',
        icon: 'globe',
        to: { services: ['svc-0040', 'svc-0169', 'svc-0124', 'svc-0159', 'svc-0007', 'svc-0019'] }
      },
      {
        id: 'retire',
        titleKey: 'zone.jiangmen.topic.retire',
        descKey: 'zone.jiangmen.topic.retireDesc',
        icon: 'hand-heart',
        to: { bundle: 'bundle-0004' }
      }
    ],
    hotline: '12345'
  },
  {
    id: 'shenjiang',
    nameKey: 'zone.shenjiang.name',
    shortNameKey: 'zone.shenjiang.short',
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
    topics: [
      {
        id: 'invest',
        titleKey: 'zone.shenjiang.topic.invest',
        descKey: 'zone.shenjiang.topic.investDesc',
        icon: 'factory',
        to: { module: 'investment', page: 'home' }
      },
      {
        id: 'commute',
        titleKey: 'zone.shenjiang.topic.commute',
        descKey: 'zone.shenjiang.topic.commuteDesc',
        icon: 'car',
        to: { services: ['svc-0039', 'svc-0031', 'svc-0030', 'svc-0046', 'svc-0003', 'svc-0006'] }
      },
      {
        id: 'relocate',
        titleKey: 'zone.shenjiang.topic.relocate',
        descKey: 'zone.shenjiang.topic.relocateDesc',
        icon: 'briefcase-business',
        to: { services: ['svc-0056', 'svc-0182', 'svc-0067', 'svc-0074', 'svc-0073', 'svc-0207'] }
      },
      {
        id: 'startup',
        titleKey: 'zone.shenjiang.topic.startup',
        descKey: 'zone.shenjiang.topic.startupDesc',
        icon: 'layers',
        to: { bundle: 'bundle-0002' }
      }
    ],
    hotline: '12345'
  },
  {
    id: 'zhongjiang',
    nameKey: 'zone.zhongjiang.name',
    shortNameKey: 'zone.zhongjiang.short',
    introKey: 'zone.zhongjiang.intro',
    cities: ['zhongshan', 'jiangmen'],
    crossCity: 'zhongshan',
    homeGrid: [
      { serviceId: 'svc-0048', label: '户口迁入江门', icon: 'house-plus' },
      { serviceId: 'svc-0031', label: '养老保险转移', icon: 'hand-heart' },
      { serviceId: 'svc-0046', label: '公积金转移', icon: 'arrow-left-right' },
      { serviceId: 'svc-0003', label: '异地就医备案', icon: 'hospital' },
      { serviceId: 'svc-0074', label: '开办企业', icon: 'briefcase-business' },
      { serviceId: 'svc-0028', label: '一手房办证', icon: 'building-2', situation: 'new' },
      { serviceId: 'svc-0040', label: '港澳居民居住证', icon: 'id-card' }
    ],
    topics: [
      {
        id: 'invest',
        titleKey: 'zone.zhongjiang.topic.invest',
        descKey: 'zone.zhongjiang.topic.investDesc',
        icon: 'factory',
        to: { module: 'investment', page: 'home' }
      },
      {
        id: 'insurance',
        titleKey: 'zone.zhongjiang.topic.insurance',
        descKey: 'zone.zhongjiang.topic.insuranceDesc',
        icon: 'shield-check',
        to: {
          services: ['svc-0031', 'svc-0030', 'svc-0003', 'svc-0097', 'svc-0093', 'svc-0024', 'svc-0001', 'svc-0066']
        }
      },
      {
        id: 'household',
        titleKey: 'zone.zhongjiang.topic.household',
        descKey: 'zone.zhongjiang.topic.householdDesc',
        icon: 'house-plus',
        to: { guide: 'svc-0048' }
      },
      {
        id: 'hpf',
        titleKey: 'zone.zhongjiang.topic.hpf',
        descKey: 'zone.zhongjiang.topic.hpfDesc',
        icon: 'piggy-bank',
        to: { guide: 'svc-0002' }
      }
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

export function topicOf(zone: Zone, id: string): ZoneTopic | undefined {
  return zone.topics.find((topic) => topic.id === id)
}
