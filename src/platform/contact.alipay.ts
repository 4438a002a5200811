import Taro from '@tarojs/taro'
import type { Place } from './contact'

export type { Place } from './contact'

// Alipay's my.openLocation takes the coordinates as strings, and name and address are required:
// called on `my` directly. Taro maps makePhoneCall's phoneNumber to Alipay's number itself.
declare const my: {
  openLocation(option: {
    latitude: string
    longitude: string
    name: string
    address: string
    fail?: (err: unknown) => void
  }): void
}

export async function callPhone(phoneNumber: string): Promise<void> {
  await Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

export async function openMap(place: Place): Promise<void> {
  my.openLocation({
    latitude: String(place.latitude),
    longitude: String(place.longitude),
    name: place.name,
    address: place.address,
    fail: () => undefined
  })
}
