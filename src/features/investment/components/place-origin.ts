// Which city's drive a park row shows: the fusion zone's own (深江: Shenzhen, 中江: Zhongshan). The 江门专区 is used
// by investors from both cities, so it shows both, Shenzhen first.
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { FROM_CITIES, type FromCity } from './place-format'

const isFromCity = (city: string): city is FromCity => (FROM_CITIES as readonly string[]).includes(city)

export function useFromCities(): readonly FromCity[] {
  const cities = zoneById(useZone((s) => s.zoneId)).cities.filter(isFromCity)
  return cities.length ? cities : FROM_CITIES
}

/** the park page gives both; the zone's own city first */
export function useFromCitiesFirst(): readonly FromCity[] {
  const own = useFromCities()
  return [...own, ...FROM_CITIES.filter((c) => !own.includes(c))]
}
