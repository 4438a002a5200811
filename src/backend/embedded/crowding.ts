// The embedded 客流 backend: the typical hourly profiles of the bundled sample data (src/data/tourism/crowding.json,
// packed into tourism-data.json). Nothing on the device counts visitors, so it never has a live count unless a
// source is given (a test's); the production server's live counts are the sights' gate reports.
import packed from '@/generated/tourism-data.json'
import { unpack, type PackedJson } from '@/core/packed-json'
import { parseCrowding, type CrowdingData, type LiveCount } from '@/core/tourism/crowding'
import type { CrowdingApi } from '../types'

let data: CrowdingData | undefined
const crowding = (): CrowdingData =>
  (data ??= parseCrowding(unpack<{ crowding: unknown }>(packed as PackedJson).crowding))

export interface EmbeddedCrowdingOptions {
  /** visitors present now at a sight, null when not counted; absent: no live counts at all */
  live?: (sightId: string) => LiveCount | null
}

export function embeddedCrowdingApi(options: EmbeddedCrowdingOptions = {}): CrowdingApi {
  return {
    async typical(sightId) {
      const { profiles, levels } = crowding()
      return { profile: profiles[sightId] ?? null, levels }
    },
    async live(sightId) {
      return options.live?.(sightId) ?? null
    }
  }
}
