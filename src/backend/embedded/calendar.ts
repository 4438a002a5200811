import { BUNDLED_ARRANGEMENT, mergeArrangements, shanghaiDate, type Arrangement } from '@/core/calendar'
import type { CalendarApi } from '../types'

/**
 * The holiday arrangement the embedded backend publishes: the bundled table, plus whatever its host
 * was given (the production server reads a published arrangement from CALENDAR_FILE), from last year on.
 */
export function embeddedCalendarApi(extra: Arrangement = {}, now: () => number = Date.now): CalendarApi {
  const arrangement = mergeArrangements(BUNDLED_ARRANGEMENT, extra)
  return {
    async getArrangement() {
      const from = Number(shanghaiDate(now()).slice(0, 4)) - 1
      return Object.fromEntries(Object.entries(arrangement).filter(([year]) => Number(year) >= from))
    }
  }
}
