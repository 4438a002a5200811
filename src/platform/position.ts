import Taro from '@tarojs/taro'
import type { Coordinates } from '@/core/gov-services/hall-order'
import { classifyFailure } from './api-failure'
import type { LocationErrorCode } from './location-facts'

// Where the user is, asked only when they tap to sort by distance (the tap is their consent, and the host asks
// again for its own permission). Taro.getLocation on all three: GCJ-02 on WeChat and Alipay, the browser's
// geolocation on H5. WeChat needs getLocation in requiredPrivateInfos and a scope.userLocation purpose (app.config).

export type PositionOutcome = { ok: true; position: Coordinates } | { ok: false; code: LocationErrorCode | 'cancel' }

export async function currentPosition(): Promise<PositionOutcome> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' })
    const latitude = Number(res.latitude)
    const longitude = Number(res.longitude)
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return { ok: false, code: 'location.failed' }
    return { ok: true, position: { latitude, longitude } }
  } catch (err) {
    const kind = classifyFailure(err)
    return { ok: false, code: kind === 'cancel' ? 'cancel' : kind === 'denied' ? 'location.denied' : 'location.failed' }
  }
}
