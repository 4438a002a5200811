// Unified search on the server (GET /search, docs/api.md): the full catalogue, searched there with the same
// engine. When the server cannot answer (no network, a timeout, a 5xx or 429) the answer comes from `fallback`,
// the bundled index, so search keeps working offline; a refusal (400) is not hidden that way.
import { isBackendError } from '../errors'
import type { SearchAnswer, SearchApi } from '../search-query'
import { createHttpClient, type ClientOptions } from './client'

const UNREACHABLE = new Set(['network', 'timeout', 'server'])

export function httpSearchApi(options: ClientOptions & { fallback?: SearchApi }): SearchApi {
  const call = createHttpClient(options)
  return {
    async search(request) {
      try {
        return await call<SearchAnswer>('GET', '/search', {
          query: { q: request.query, zone: request.zone, limit: request.limit, offset: request.offset }
        })
      } catch (e) {
        if (options.fallback && isBackendError(e) && UNREACHABLE.has(e.code)) return options.fallback.search(request)
        throw e
      }
    }
  }
}
