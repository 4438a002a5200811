// How far a sight is: from the user or a station (straight-line kilometres, for sorting), and from Shenzhen or
// Zhongshan in the fusion zones (minutes by car over 深中通道, and by rail to a Jiangmen station and on).
import { distanceKm } from '../gov-services/hall-order'
import type { Coordinates, CrossCityTravel, OriginCity, Sight } from './types'

export { distanceKm }

export interface Placed<T> {
  item: T
  km?: number
}

/** the sights nearest first from a point, or in the data's order without one; stable, never drops one */
export function byDistance<T extends Coordinates>(items: readonly T[], from?: Coordinates): Placed<T>[] {
  const rows = items.map((item, index) => ({ item, index, km: from ? distanceKm(from, item) : undefined }))
  if (from) rows.sort((a, b) => (a.km ?? 0) - (b.km ?? 0) || a.index - b.index)
  return rows.map(({ item, km }) => (km === undefined ? { item } : { item, km }))
}

/** the rail journey's whole length: the train to the Jiangmen station and the ride on from it */
export const railMinutes = (travel: CrossCityTravel): number => travel.rail.minutes + travel.rail.onward

/** the travel of a sight from a city, and the faster way */
export function fromCity(sight: Sight, city: OriginCity): CrossCityTravel & { fastest: 'car' | 'rail' } {
  const travel = sight.from[city]
  return { ...travel, fastest: travel.car <= railMinutes(travel) ? 'car' : 'rail' }
}
