import type { ZoneId } from '@/core/domain'
import { entriesInZone, modulesInZone } from '@/modules'
import { linkUrl } from '@/routes'

/** what the zone's modules put on the home page, in manifest order (each module's `home` in src/modules.ts) */
export function moduleEntries(zone: ZoneId): { key: string; labelKey: string; url: string }[] {
  return modulesInZone(zone).flatMap((m) =>
    entriesInZone(m.home, zone).map((entry) => ({
      key: `${m.id}:${entry.labelKey}`,
      labelKey: entry.labelKey,
      url: linkUrl(m, entry.to)
    }))
  )
}
