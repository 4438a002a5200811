// Search over the bundled index (src/generated/search-index.json, built by npm run build:data), in the app: the
// embedded backend's search, and the HTTP backend's when the server cannot be reached. The searcher is made on
// first use, so an HTTP build that never falls back never builds it.
import index from '@/generated/search-index.json'
import { createSearcher, type SearchIndex, type Searcher } from '@/core/search'
import { runSearch, type SearchAnswer, type SearchApi, type SearchRequest } from '../search-query'

export interface LocalSearchApi extends SearchApi {
  /** the same answer at once, for a page that searches on every keystroke */
  searchNow(request: SearchRequest): SearchAnswer
}

let bundled: Searcher | undefined
const bundledSearcher = () => (bundled ??= createSearcher(index as unknown as SearchIndex))

export function embeddedSearchApi(searcher: () => Searcher = bundledSearcher): LocalSearchApi {
  const searchNow = (request: SearchRequest) => runSearch(searcher(), request)
  return { searchNow, search: async (request) => searchNow(request) }
}
