import type { PickedLocation } from './location-facts'

export type { LocationErrorCode, PickedLocation } from './location-facts'

// Neutral default (H5 and tests): Taro's H5 chooseLocation needs a Tencent map key we do not have,
// so the form hides the map button and the user types the address.
export const canChooseLocation: boolean = false

export async function chooseLocation(): Promise<PickedLocation | null> {
  return null
}
