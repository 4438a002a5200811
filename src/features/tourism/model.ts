// What the module's pages share beyond the data hooks: the fusion zone's other city, the sights by id, the
// visitors a route's total is shown for, and the order a list of sights is drawn in (by the user's position,
// asked only on their tap, or from a chosen station).
import { useMemo, useState } from 'react'
import type { OriginCity, Sight, Station, Visitor } from '@/core/tourism/types'
import { ORIGIN_CITIES } from '@/core/tourism/types'
import { byDistance } from '@/core/tourism/travel'
import { useUserPosition } from '@/components/use-user-position'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'

/** the city a fusion zone's users come from (深江: Shenzhen, 中江: Zhongshan); none in the 江门专区 */
export function useOriginCity(): OriginCity | undefined {
  const city = zoneById(useZone((s) => s.zoneId)).crossCity
  return ORIGIN_CITIES.find((c) => c === city)
}

export const sightMap = (sights: readonly Sight[]): ReadonlyMap<string, Sight> => new Map(sights.map((s) => [s.id, s]))

/** the visitors a route's ticket total is given for, each a catalogue key tourism.visitor.<key> */
export const VISITORS: readonly { key: string; visitor: Visitor }[] = [
  { key: 'adult', visitor: { age: 35, heightCm: 170 } },
  { key: 'student', visitor: { age: 20, heightCm: 170, student: true } },
  { key: 'child', visitor: { age: 8, heightCm: 130 } },
  { key: 'senior60', visitor: { age: 65, heightCm: 165 } },
  { key: 'senior70', visitor: { age: 72, heightCm: 160 } }
]

export const SIGHT_ORDERS = ['default', 'distance', 'station'] as const
export type SightOrder = (typeof SIGHT_ORDERS)[number]

/**
 * The order of a list of sights: the data's, nearest the user (their position is asked for only when they choose
 * it, and a refusal leaves the list as it was with the reason), or nearest a chosen station.
 */
export function useSightOrder(sights: readonly Sight[], stations: readonly Station[]) {
  const [order, setOrder] = useState<SightOrder>('default')
  const { position, state: locate, locate: findPosition } = useUserPosition()
  const [stationId, setStationId] = useState<Station['id']>()
  const station = stations.find((s) => s.id === stationId) ?? stations[0]

  const choose = async (next: SightOrder) => {
    if (next !== 'distance' || (await findPosition())) setOrder(next)
  }

  const from = order === 'distance' ? position : order === 'station' ? station : undefined
  const rows = useMemo(() => byDistance(sights, from), [sights, from])
  return { order, choose, locate, station, chooseStation: (s: Station) => setStationId(s.id), rows }
}
