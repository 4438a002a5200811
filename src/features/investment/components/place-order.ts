// The order of the parks on the map page: the data's, nearest the user (their position is asked for only when they
// choose it, and a refusal leaves the list as it was with the reason), or by the drive from Shenzhen or Zhongshan
// (the data's road distances, which a straight line from a city would misstate across the estuary).
import { useMemo, useState } from 'react'
import type { Park } from '@/core/investment/types'
import { byDistance } from '@/core/tourism/travel'
import { useUserPosition } from '@/components/use-user-position'
import { FROM_CITIES, type FromCity } from './place-format'

export const PARK_ORDERS = ['default', 'position', ...FROM_CITIES] as const
export type ParkOrder = (typeof PARK_ORDERS)[number]

export interface PlacedPark {
  park: Park
  /** straight-line kilometres from the user */
  km?: number
  /** the drive from the chosen city */
  city?: FromCity
}

const isCity = (order: ParkOrder): order is FromCity => (FROM_CITIES as readonly string[]).includes(order)

export function useParkOrder(parks: readonly Park[]) {
  const [order, setOrder] = useState<ParkOrder>('default')
  const { position, state: locate, locate: findPosition } = useUserPosition()

  const choose = async (next: ParkOrder) => {
    if (next !== 'position' || (await findPosition())) setOrder(next)
  }

  const rows = useMemo((): PlacedPark[] => {
    if (isCity(order))
      return [...parks]
        .sort((a, b) => a.from[order].minutes - b.from[order].minutes || a.from[order].km - b.from[order].km)
        .map((park) => ({ park, city: order }))
    const from = order === 'position' ? position : undefined
    return byDistance(parks, from).map(({ item, km }) => ({ park: item, km }))
  }, [parks, order, position])

  return { order, choose, locate, rows }
}
