// The 客流 half of the data boundary: typical profiles bundled, live counts over HTTP when a server provides them;
// chosen at build time like the others. Only the tourism subpackage imports this file.
import { API_BASE, BACKEND_KIND } from './config'
import { embeddedCrowdingApi } from './embedded/crowding'
import { httpCrowdingApi } from './http/crowding'
import { taroTransport } from './http/taro-transport'
import type { CrowdingApi } from './types'

export const crowdingBackend: CrowdingApi =
  BACKEND_KIND === 'http' ? httpCrowdingApi({ base: API_BASE, transport: taroTransport }) : embeddedCrowdingApi()
