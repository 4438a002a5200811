// The 在线申办 half of the data boundary. Only subpackages that take applications import this file, so the
// application forms it pulls in ship with them, never in the main package.
import { applicationsDatasets } from './embedded/applications-data'
import { embeddedApplicationsApi } from './embedded/applications'
import { API_BASE, BACKEND_KIND } from './config'
import { httpApplicationsApi } from './http/applications'
import { taroTransport } from './http/taro-transport'
import { localRecords } from './local'
import type { ApplicationsApi } from './types'

export const applicationsApi: ApplicationsApi =
  BACKEND_KIND === 'http'
    ? httpApplicationsApi({ base: API_BASE, transport: taroTransport })
    : embeddedApplicationsApi({ records: localRecords, datasets: applicationsDatasets, now: () => Date.now() })
