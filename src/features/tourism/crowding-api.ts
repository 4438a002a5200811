// 客流 through the backend boundary: the typical profile (reference data, loaded once) and the live count, loaded
// again whenever the page shows; a live count that fails to load counts as none (the block says 通常).
import { crowdingBackend } from '@/backend/crowding'
import { useQuery } from '@/components/query'

export const useCrowdProfile = (sightId: string) =>
  useQuery(['tourism.crowding', sightId], () => crowdingBackend.typical(sightId), { reference: true })

export const useLiveCount = (sightId: string) =>
  useQuery(['tourism.visitors', sightId], () => crowdingBackend.live(sightId))
