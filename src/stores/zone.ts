import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { CityId, ZoneId } from '@/core/domain'
import { DEFAULT_ZONE, isZoneId, zoneById } from '@/zones'
import { deviceStateStorage } from './persist-storage'

interface ZoneState {
  zoneId: ZoneId
  setZone(id: ZoneId): void
}

export const useZone = create<ZoneState>()(
  persist(
    (set) => ({
      zoneId: DEFAULT_ZONE,
      setZone: (zoneId) => set({ zoneId })
    }),
    {
      name: 'wst:zone',
      version: 1,
      storage: deviceStateStorage(1),
      partialize: ({ zoneId }) => ({ zoneId }),
      merge: (persisted, current) => {
        const zoneId = (persisted as { zoneId?: unknown } | undefined)?.zoneId
        return isZoneId(zoneId) ? { ...current, zoneId } : current
      }
    }
  )
)

/** the cities of the user's zone, Jiangmen first: pages that compare cities side by side show them in this order */
export function useZoneCities(): CityId[] {
  const cities = zoneById(useZone((s) => s.zoneId)).cities
  return [...cities].sort((a, b) => Number(b === 'jiangmen') - Number(a === 'jiangmen'))
}
