// The 政务服务 half of the data boundary. Only the gov-services subpackage imports this file, so the
// embedded catalogue it pulls in ships in that subpackage, never in the main package.
import { API_BASE, BACKEND_KIND } from './config'
import { embeddedGovApi } from './embedded/gov'
import { govDatasets } from './embedded/gov-data'
import { httpGovApi } from './http/gov'
import { taroTransport } from './http/taro-transport'
import { ensureCalendar } from './device-calendar'
import { localRecords } from './local'
import type { GovApi } from './types'

export const govApi: GovApi =
  BACKEND_KIND === 'http'
    ? httpGovApi({ base: API_BASE, transport: taroTransport })
    : embeddedGovApi({ records: localRecords, datasets: govDatasets, now: () => Date.now() })

// dates and deadlines in this subpackage follow the newest holiday arrangement the backend published
void ensureCalendar()
