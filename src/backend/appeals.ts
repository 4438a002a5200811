// The 诉求服务 half of the data boundary. Only the appeals subpackage imports this file, so the
// routing table and category tree it pulls in ship in that subpackage, never in the main package.
import { appealsDatasets, toSimplified } from './embedded/appeals-data'
import { embeddedAppealsApi } from './embedded/appeals'
import { API_BASE, BACKEND_KIND } from './config'
import { httpAppealsApi } from './http/appeals'
import { taroTransport } from './http/taro-transport'
import { ensureCalendar } from './device-calendar'
import { localRecords } from './local'
import type { AppealsApi } from './types'

export const appealsApi: AppealsApi =
  BACKEND_KIND === 'http'
    ? httpAppealsApi({ base: API_BASE, transport: taroTransport })
    : embeddedAppealsApi({
        records: localRecords,
        datasets: appealsDatasets,
        now: () => Date.now(),
        simplify: toSimplified
      })

// dates and deadlines in this subpackage follow the newest holiday arrangement the backend published
void ensureCalendar()
