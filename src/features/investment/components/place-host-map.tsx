import type { Park } from '@/core/investment/types'

// Neutral default (H5 and tests): no map of the host's own, so nothing is drawn and the map page lists the parks with
// a web-map link each. place-host-map.weapp.tsx / .alipay.tsx draw the host's <Map>; keeping it out of this file keeps
// Taro's web map component (and its weight) out of the H5 site.

export interface PlaceHostMapProps {
  parks: readonly Park[]
  /** the map's accessible name */
  label: string
  onPick(park: Park): void
  onError(): void
}

/** whether this platform draws the host's map */
export const HAS_HOST_MAP = false

/** nothing to draw here: the props are the mini-programs' */
export const PlaceHostMap: (props: PlaceHostMapProps) => null = () => null
