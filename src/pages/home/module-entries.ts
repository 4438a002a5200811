import type { ZoneId } from '@/core/domain'
import type { IconName } from '@/core/icons'
import { entriesInZone, modulesInZone } from '@/modules'
import { linkUrl } from '@/routes'

/** the tile of an entry that names no icon */
const DEFAULT_ICON: IconName = 'layout-grid'

/** what the zone's modules put on the home page, in manifest order (each module's `home` in src/modules.ts) */
export function moduleEntries(zone: ZoneId): { key: string; labelKey: string; icon: IconName; url: string }[] {
  return modulesInZone(zone).flatMap((m) =>
    entriesInZone(m.home, zone).map((entry) => ({
      key: `${m.id}:${entry.labelKey}`,
      labelKey: entry.labelKey,
      icon: entry.icon ?? DEFAULT_ICON,
      url: linkUrl(m, entry.to)
    }))
  )
}
