import { locationFailure, toPickedLocation, type PickedLocation } from './location-facts'

export type { LocationErrorCode, PickedLocation } from './location-facts'

interface AlipayChosenLocation {
  name: string
  address: string
  latitude: number
  longitude: number
}

// The Alipay global, declared for the one call used here; Taro's typings describe WeChat's shape.
declare const my: {
  chooseLocation(option: {
    title?: string
    success: (res: AlipayChosenLocation) => void
    fail: (err: { error?: number; errorMessage?: string }) => void
  }): void
}

export const canChooseLocation: boolean = true

export function chooseLocation(): Promise<PickedLocation | null> {
  return new Promise((resolve, reject) => {
    my.chooseLocation({
      success: (res) => resolve(toPickedLocation(res)),
      fail: (err) => {
        const error = locationFailure(err)
        if (error) reject(error)
        else resolve(null)
      }
    })
  })
}
