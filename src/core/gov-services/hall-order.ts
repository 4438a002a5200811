// Which halls a guide shows first: the nearest to the user when they let the app know where they are,
// otherwise those in the zone's member cities in the zone's order (the 中江 zone lists Zhongshan first).
import type { CityId } from '../domain'

export interface Coordinates {
  latitude: number
  longitude: number
}

const EARTH_RADIUS_KM = 6371.0088
const rad = (deg: number) => (deg * Math.PI) / 180

/** great-circle distance in kilometres (haversine); GCJ-02's offset of a few hundred metres does not matter here */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface OrderedHall<H> {
  hall: H
  /** kilometres from the user, when their position is known */
  distanceKm?: number
}

/**
 * The halls in the order a guide lists them. With the user's position: nearest first. Without it: the halls of the
 * zone's member cities in the order the zone names them, then the others; within a city, the order of the data
 * (the city's main hall first, then its districts). Stable, and never drops or repeats a hall.
 */
export function orderHalls<H extends Coordinates & { city: CityId }>(
  halls: readonly H[],
  zone: { cities: readonly CityId[] },
  position?: Coordinates
): OrderedHall<H>[] {
  const cityRank = (city: CityId) => {
    const i = zone.cities.indexOf(city)
    return i < 0 ? zone.cities.length : i
  }
  const rows = halls.map((hall, index) => ({
    hall,
    index,
    distanceKm: position ? distanceKm(position, hall) : undefined
  }))
  rows.sort((a, b) =>
    a.distanceKm !== undefined && b.distanceKm !== undefined
      ? a.distanceKm - b.distanceKm || a.index - b.index
      : cityRank(a.hall.city) - cityRank(b.hall.city) || a.index - b.index
  )
  return rows.map(({ hall, distanceKm: km }) => (km === undefined ? { hall } : { hall, distanceKm: km }))
}
