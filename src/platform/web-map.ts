import Taro from '@tarojs/taro'
import type { Place } from './contact'

// H5 has no map of its own (Taro.openLocation needs WeChat's in-app browser): the place opens on 高德地图's public
// marker page, which takes GCJ-02 and offers navigation in the user's map app. A blocked tab copies the address.

/** the web map page of a place: 高德 URI API, GCJ-02 coordinates */
export const webMapUrl = ({ latitude, longitude, name }: Pick<Place, 'latitude' | 'longitude' | 'name'>): string =>
  `https://uri.amap.com/marker?position=${longitude},${latitude}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=1`

export async function openWebMap(place: Place): Promise<'opened' | 'copied' | 'failed'> {
  const url = webMapUrl(place)
  const tab = typeof window !== 'undefined' ? window.open(url, '_blank') : null
  if (tab) {
    tab.opener = null
    return 'opened'
  }
  try {
    await Taro.setClipboardData({ data: url })
    return 'copied'
  } catch {
    return 'failed'
  }
}
