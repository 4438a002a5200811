import Taro from '@tarojs/taro'
import { locationFailure, toPickedLocation, type PickedLocation } from './location-facts'

export type { LocationErrorCode, PickedLocation } from './location-facts'

// WeChat: needs requiredPrivateInfos: ['chooseLocation'] in app.json, the interface approved in the
// MP console, and the privacy agreement accepted; a refusal of any of these rejects 'location.denied'.
export const canChooseLocation: boolean = true

export async function chooseLocation(): Promise<PickedLocation | null> {
  try {
    return toPickedLocation(await Taro.chooseLocation({}))
  } catch (err) {
    const error = locationFailure(err)
    if (error) throw error
    return null
  }
}
