// The server's search catalogue: the index the app bundles (src/generated/search-index.json: every module's
// search source, from gov services and appeal categories to talent, tourism, culture and investment), or one a
// caller gives (the 80,000-item benchmark), made into a searcher once, when the server is built. The figures of
// that build (time, heap) are kept for the start-up log and the benchmark.
import bundled from '@/generated/search-index.json'
import { createSearcher, type SearchIndex, type Searcher } from '@/core/search'

export interface SearchCatalogue {
  searcher: Searcher
  /** documents in the index */
  size: number
  /** createSearcher's time, ms */
  buildMs: number
  /** the heap it added, bytes (a rough figure unless the process runs with --expose-gc) */
  heapBytes: number
}

const gc = (globalThis as { gc?: () => void }).gc

export function searchCatalogue(index: SearchIndex): SearchCatalogue {
  gc?.()
  const heap = process.memoryUsage().heapUsed
  const started = performance.now()
  const searcher = createSearcher(index)
  const buildMs = performance.now() - started
  gc?.()
  return { searcher, size: searcher.size, buildMs, heapBytes: Math.max(0, process.memoryUsage().heapUsed - heap) }
}

let shared: SearchCatalogue | undefined

/** the bundled index's catalogue, made once per process however many servers it builds (tests build many) */
export const bundledSearchCatalogue = (): SearchCatalogue =>
  (shared ??= searchCatalogue(bundled as unknown as SearchIndex))
