// The holiday arrangement the app works with: the bundled table, the copy of the last one a backend
// published (kept on the device, so it holds offline and after a restart), and a fresh one from the
// backend once per launch; the newer of each year wins (core/calendar/arrangement.ts).
import { installArrangement, parseArrangement, publishedSinceBundle, type Arrangement } from '@/core/calendar'
import type { KeyValueStorage } from '@/platform/key-value'
import type { CalendarApi } from './types'

export const STORED_CALENDAR_KEY = 'wst:calendar'

/**
 * Installs the stored arrangement, then asks the backend for a newer one and keeps what changed.
 * Never throws: offline, or with a backend that fails, the app goes on with what it has.
 */
export async function syncCalendar(api: CalendarApi, storage: KeyValueStorage): Promise<string[]> {
  const stored = storage.get(STORED_CALENDAR_KEY)
  if (stored !== undefined) installArrangement(parseArrangement(stored))
  let published: Arrangement
  try {
    published = await api.getArrangement()
  } catch {
    return []
  }
  const changed = installArrangement(published)
  if (changed.length) {
    try {
      storage.set(STORED_CALENDAR_KEY, { years: publishedSinceBundle() })
    } catch {
      // storage full: the arrangement still holds for this launch, and is fetched again next time
    }
  }
  return changed
}
