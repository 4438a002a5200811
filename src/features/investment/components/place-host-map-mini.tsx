// The host's map on WeChat and Alipay (place-host-map.weapp.tsx / .alipay.tsx): one marker per park, its name on tap.
import { Map } from '@tarojs/components'
import type { PlaceHostMapProps } from './place-host-map'

export type { PlaceHostMapProps } from './place-host-map'

/** the maps take a file path, not inline data: the marker is copied into the subpackage at build time */
const MARKER_ICON = '/features/investment/assets/marker.png'
/** the middle of Jiangmen, to start from before the map fits the markers */
const CENTRE = { latitude: 22.3, longitude: 112.85 }
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

export const HAS_HOST_MAP = true

export function PlaceHostMap({ parks, label, onPick, onError }: PlaceHostMapProps) {
  const markers = parks.map((p, i) => ({
    id: i,
    latitude: p.latitude,
    longitude: p.longitude,
    title: p.name,
    iconPath: MARKER_ICON,
    width: 24,
    height: 32,
    callout: { ...CALLOUT, content: p.name }
  }))
  // the marker's id is its index; Alipay puts it on the event itself, WeChat in detail
  const pick = (e: { detail?: { markerId?: number | string } }) => {
    const park = parks[Number(e.detail?.markerId ?? (e as { markerId?: number | string }).markerId)]
    if (park) onPick(park)
  }
  return (
    <Map
      id='investment-map'
      className='investment-map'
      latitude={CENTRE.latitude}
      longitude={CENTRE.longitude}
      scale={8}
      markers={markers}
      includePoints={parks.map(({ latitude, longitude }) => ({ latitude, longitude }))}
      onMarkerTap={pick}
      onCalloutTap={pick}
      onCallOutTap={pick}
      onError={onError}
      aria-label={label}
    />
  )
}
