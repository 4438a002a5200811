import Taro from '@tarojs/taro'

// Neutral default (WeChat, H5 and tests): Taro's makePhoneCall and openLocation as WeChat defines them
// (H5: a tel: link; the map needs WeChat's in-app browser). contact.alipay.ts differs in the map call.

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

/** shows the place on the host's map, from where the user can navigate; cancelling is no error */
export async function openMap({ latitude, longitude, name, address }: Place): Promise<void> {
  await Taro.openLocation({ latitude, longitude, name, address }).catch(() => undefined)
}
