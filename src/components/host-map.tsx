// Neutral default (H5 and tests): no map of the host's own, so nothing is drawn and a map page lists its places with
// a web-map link each. host-map.weapp.tsx / .alipay.tsx draw the host's <Map>; keeping it out of this file keeps
// Taro's web map component (and its weight) out of the H5 site.

/** what a map marks: a place with its name (GCJ-02, as both mini-program maps read it) */
export interface MapPlace {
  latitude: number
  longitude: number
  name: string
}

export interface HostMapProps<P extends MapPlace> {
  /** the map's id and class, e.g. tourism-map (the module's styles size it) */
  id: string
  places: readonly P[]
  /** the map's accessible name */
  label: string
  onPick(place: NoInfer<P>): void
  onError(): void
}

/** whether this platform draws the host's map */
export const HAS_HOST_MAP = false

/** nothing to draw here: the props are the mini-programs' */
export const HostMap: <P extends MapPlace>(props: HostMapProps<P>) => null = () => null
