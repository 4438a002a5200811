import { parseArrangement } from '@/core/calendar'
import type { CalendarApi } from '../types'
import { createHttpClient, type ClientOptions } from './client'

export function httpCalendarApi(options: ClientOptions): CalendarApi {
  const call = createHttpClient(options)
  // whatever the server sends is checked year by year: a malformed year is dropped, never applied
  return { getArrangement: async () => parseArrangement(await call<unknown>('GET', '/calendar')) }
}
