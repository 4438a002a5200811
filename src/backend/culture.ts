// The 文化生活 half of the data boundary: culture venues, events and the user's venue reservations, embedded (the
// reservations kept on the device) or over HTTP, chosen at build time like the others. Only the tourism subpackage
// imports this file, so its data ships there, never in the main package.
import { deviceStorage } from '@/platform/storage'
import { API_BASE, BACKEND_KIND } from './config'
import { ensureCalendar } from './device-calendar'
import { embeddedCultureApi } from './embedded/culture'
import { httpCultureApi } from './http/culture'
import { taroTransport } from './http/taro-transport'
import { cultureRecords } from './storage/culture-records'
import type { CultureApi } from './types'

export const cultureBackend: CultureApi =
  BACKEND_KIND === 'http'
    ? httpCultureApi({ base: API_BASE, transport: taroTransport })
    : embeddedCultureApi({ records: cultureRecords(deviceStorage), now: () => Date.now() })

// closed days and holidays follow the newest holiday arrangement the backend published
void ensureCalendar()
