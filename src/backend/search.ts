// The search half of the data boundary: the bundled index in an embedded build; the server's search over HTTP in
// an HTTP build, the bundled index answering when the server cannot (offline). Only the search subpackage imports
// this file, so the bundled index ships there, never in the main package.
import { API_BASE } from './config'
import { embeddedSearchApi, type LocalSearchApi } from './embedded/search'
import { httpSearchApi } from './http/search'
import { taroTransport } from './http/taro-transport'
import type { SearchApi } from './search-query'

export type { SearchAnswer, SearchRequest } from './search-query'

const bundled = embeddedSearchApi()

// a search is asked again on the next keystroke: one short try, then the bundled index
export const searchApi: SearchApi | LocalSearchApi =
  process.env.TARO_APP_BACKEND === 'http'
    ? httpSearchApi({ base: API_BASE, transport: taroTransport, timeoutMs: 3000, retries: 0, fallback: bundled })
    : bundled
