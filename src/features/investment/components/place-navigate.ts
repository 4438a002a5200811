// 导航 to a park: the host's map app on WeChat and Alipay (openLocation); on H5, which has none (openLocation needs
// WeChat's in-app browser), 高德's web map in a new tab.
import { openMap, type Place } from '@/platform/contact'
import { openWebMap } from '@/platform/web-map'
import { HAS_HOST_MAP } from './place-host-map'

export async function navigateTo(place: Place): Promise<void> {
  await (HAS_HOST_MAP ? openMap(place) : openWebMap(place))
}
