// The host's map on WeChat and Alipay (host-map.weapp.tsx / .alipay.tsx): one marker per place, its name on tap.
import { Map } from '@tarojs/components'
import type { HostMapProps, MapPlace } from './host-map'

export type { HostMapProps, MapPlace } from './host-map'

/** copied into the main package by config/index.ts (copy.patterns): the maps take a file path, not inline data */
const MARKER_ICON = '/assets/map-marker.png'
/** a marker's label, shown when it is tapped, in the theme's colours */
const CALLOUT = {
  color: '#1f2937',
  fontSize: 14,
  anchorX: 0,
  anchorY: 0,
  borderRadius: 4,
  borderWidth: 1,
  borderColor: '#d9dee5',
  bgColor: '#ffffff',
  padding: 6,
  display: 'BYCLICK' as const,
  textAlign: 'center' as const
}
/** the middle of Jiangmen, for a map with nothing to mark */
const JIANGMEN = { latitude: 22.3, longitude: 112.8 }

export const HAS_HOST_MAP = true

export function HostMap<P extends MapPlace>({ id, places, label, onPick, onError }: HostMapProps<P>) {
  const markers = places.map((p, i) => ({
    id: i,
    latitude: p.latitude,
    longitude: p.longitude,
    title: p.name,
    iconPath: MARKER_ICON,
    width: 24,
    height: 32,
    callout: { ...CALLOUT, content: p.name }
  }))
  const points = places.map(({ latitude, longitude }) => ({ latitude, longitude }))
  // where the map starts before it fits the markers: their middle
  const mean = (key: 'latitude' | 'longitude') => points.reduce((sum, p) => sum + p[key], 0) / points.length
  const centre = points.length ? { latitude: mean('latitude'), longitude: mean('longitude') } : JIANGMEN
  // the marker's id is its index; Alipay puts it on the event itself, WeChat in detail
  const pick = (e: { detail?: { markerId?: number | string } }) => {
    const place = places[Number(e.detail?.markerId ?? (e as { markerId?: number | string }).markerId)]
    if (place) onPick(place)
  }
  return (
    <Map
      id={id}
      className={id}
      latitude={centre.latitude}
      longitude={centre.longitude}
      scale={8}
      markers={markers}
      includePoints={points}
      onMarkerTap={pick}
      onCalloutTap={pick}
      onCallOutTap={pick}
      onError={onError}
      aria-label={label}
    />
  )
}
