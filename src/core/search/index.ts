// Runtime entry point. build-index.ts is deliberately not re-exported: it pulls in pinyin-pro and
// opencc-js, which belong to build scripts only.
export { createSearcher, MAX_QUERY_LENGTH, type Searcher } from './engine'
export { splitByRanges } from './highlight'
export { SYNONYM_GROUPS } from './synonyms'
export type { SearchDoc, SearchHit, SearchIndex, SearchIndexRow, SearchMatch, SearchTier } from './types'
