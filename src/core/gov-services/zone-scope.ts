// 本专区可办: which catalogue items a zone offers. An item's 跨城通办 marks (the cities whose halls accept it)
// decide: a zone offers an item every one of its member cities accepts, so the 江门专区 (Jiangmen alone) offers
// everything, the 深江 zone what Shenzhen and Jiangmen both accept, the 中江 zone what Zhongshan and Jiangmen do.
import type { CityId } from '../domain'

/** 本专区可办 / 全部事项 */
export const ZONE_SCOPES = ['zone', 'all'] as const
export type ZoneScope = (typeof ZONE_SCOPES)[number]

/** what the predicate needs of a zone: its member cities (src/zones) */
export interface ZoneCities {
  cities: readonly CityId[]
}

/** is the item 本专区可办 in the zone: accepted in every member city */
export function availableInZone(item: { crossCity: readonly CityId[] }, zone: ZoneCities): boolean {
  return zone.cities.every((city) => item.crossCity.includes(city))
}

/** the items a scope lists: the zone's own, or all of them */
export function inScope<T extends { crossCity: readonly CityId[] }>(
  items: T[],
  zone: ZoneCities,
  scope: ZoneScope
): T[] {
  return scope === 'all' ? items : items.filter((item) => availableInZone(item, zone))
}
