// The calendar sync on the device, started by the subpackages' halves of the boundary (gov.ts,
// appeals.ts), which show dates and deadlines; the main package never loads the holiday tables.
import { deviceStorage } from '@/platform/storage'
import { syncCalendar } from './calendar'
import { API_BASE, BACKEND_KIND } from './config'
import { embeddedCalendarApi } from './embedded/calendar'
import { httpCalendarApi } from './http/calendar'
import { taroTransport } from './http/taro-transport'
import type { CalendarApi } from './types'

export const calendarApi: CalendarApi =
  BACKEND_KIND === 'http' ? httpCalendarApi({ base: API_BASE, transport: taroTransport }) : embeddedCalendarApi()

let started: Promise<string[]> | undefined

/** once per launch, whichever subpackage asks first */
export function ensureCalendar(): Promise<string[]> {
  started ??= syncCalendar(calendarApi, deviceStorage)
  return started
}
