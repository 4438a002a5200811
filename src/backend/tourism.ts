// The 文旅服务 half of the data boundary: the sights, routes, stations and concession rules, embedded or over
// HTTP, chosen at build time like the others. Only the tourism subpackage imports this file, so its data ships
// there, never in the main package.
import { API_BASE, BACKEND_KIND } from './config'
import { embeddedTourismApi } from './embedded/tourism'
import { httpTourismApi } from './http/tourism'
import { taroTransport } from './http/taro-transport'
import type { TourismApi } from './types'

export type { SightDetail } from './types'

export const tourismBackend: TourismApi =
  BACKEND_KIND === 'http' ? httpTourismApi({ base: API_BASE, transport: taroTransport }) : embeddedTourismApi()
