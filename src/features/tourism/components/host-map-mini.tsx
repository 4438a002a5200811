// The host's map on WeChat and Alipay (host-map.weapp.tsx / .alipay.tsx): one marker per sight, its name on tap.
import { Map } from '@tarojs/components'
import type { HostMapProps } from './host-map'

export type { HostMapProps } from './host-map'

/** copied into the subpackage by config/index.ts (copy.patterns): the maps take a file path, not inline data */
const MARKER_ICON = '/features/tourism/assets/marker.png'
/** the middle of Jiangmen, to start from before the map fits the markers */
const CENTRE = { latitude: 22.25, longitude: 112.75 }
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

export function HostMap({ sights, label, onPick, onError }: HostMapProps) {
  const markers = sights.map((s, i) => ({
    id: i,
    latitude: s.latitude,
    longitude: s.longitude,
    title: s.name,
    iconPath: MARKER_ICON,
    width: 24,
    height: 32,
    callout: { ...CALLOUT, content: s.name }
  }))
  // the marker's id is its index; Alipay puts it on the event itself, WeChat in detail
  const pick = (e: { detail?: { markerId?: number | string } }) => {
    const sight = sights[Number(e.detail?.markerId ?? (e as { markerId?: number | string }).markerId)]
    if (sight) onPick(sight)
  }
  return (
    <Map
      id='tourism-map'
      className='tourism-map'
      latitude={CENTRE.latitude}
      longitude={CENTRE.longitude}
      scale={8}
      markers={markers}
      includePoints={sights.map(({ latitude, longitude }) => ({ latitude, longitude }))}
      onMarkerTap={pick}
      onCalloutTap={pick}
      onCallOutTap={pick}
      onError={onError}
      aria-label={label}
    />
  )
}
