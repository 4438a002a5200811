import Taro from '@tarojs/taro'

// Neutral default (WeChat, H5 and tests): Taro's makePhoneCall and openLocation as WeChat defines them. On H5 the
// call is a tel: link, and the map, which would need WeChat's in-app browser, is 高德's web map in a new tab
// (web-map.ts). contact.alipay.ts differs in the map call.
import { openWebMap } from './web-map'

export interface Place {
  name: string
  address: string
  /** GCJ-02, as both mini-program maps take them */
  latitude: number
  longitude: number
}

/** offers the number to the phone app; a user who cancels is no error */
export async function callPhone(phoneNumber: string): Promise<void> {
  await Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

/** shows the place on the host's map (on H5 a web map), from where the user can navigate; cancelling is no error */
export async function openMap(place: Place): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    await openWebMap(place)
    return
  }
  const { latitude, longitude, name, address } = place
  await Taro.openLocation({ latitude, longitude, name, address }).catch(() => undefined)
}
