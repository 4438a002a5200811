import type { CrowdingData, CrowdProfile, LiveCount } from '@/core/tourism/crowding'
import { isBackendError } from '../errors'
import type { CrowdingApi } from '../types'
import { createHttpClient, type ClientOptions } from './client'

/** the reason of the 404 a server gives when it counts no visitors at a sight (docs/api.md) */
export const NO_LIVE_COUNT = 'crowding.live.none'

export function httpCrowdingApi(options: ClientOptions): CrowdingApi {
  const call = createHttpClient(options)
  const path = (id: string, rest: string) => `/tourism/sights/${encodeURIComponent(id)}/${rest}`
  return {
    typical: (id) =>
      call<{ profile: CrowdProfile | null; levels: CrowdingData['levels'] }>('GET', path(id, 'crowding')),
    async live(id) {
      try {
        return await call<LiveCount>('GET', path(id, 'visitors'))
      } catch (e) {
        if (isBackendError(e) && e.code === 'not_found' && e.reason === NO_LIVE_COUNT) return null
        throw e
      }
    }
  }
}
