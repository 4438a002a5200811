// Unified search as the data boundary sees it: one request (the words, the zone whose 本专区可办 narrows the list,
// a page of it) and one answer (the hits, and how many of the unnarrowed ones the zone does not offer). The same
// function answers for the embedded backend, the HTTP backend's offline fallback and the server's GET /search,
// so the three give the same hits for the same index.
import { availableInZone } from '@/core/gov-services/zone-scope'
import type { Convert } from '@/core/i18n/hant'
import type { SearchDoc, SearchHit, Searcher } from '@/core/search'
import type { Locale, ZoneId } from '@/core/domain'
import { zoneById } from '@/zones'

export interface SearchRequest {
  query: string
  /** only what this zone offers (本专区可办); absent: everything */
  zone?: ZoneId
  /** hits per page: SEARCH_LIMITS.defaultLimit unless given, at most SEARCH_LIMITS.maxLimit */
  limit?: number
  offset?: number
}

export interface SearchAnswer {
  /** best first */
  hits: SearchHit[]
  /** with a zone: how many of the best offset + limit hits of everything the zone does not offer */
  elsewhere: number
}

export interface SearchApi {
  search(request: SearchRequest): Promise<SearchAnswer>
}

export const SEARCH_LIMITS = {
  defaultLimit: 20,
  maxLimit: 50,
  /** offset + limit: nobody reads past it, and it bounds the engine's work per request */
  maxWindow: 200
} as const

export const NO_HITS: SearchAnswer = { hits: [], elsewhere: 0 }

export function runSearch(searcher: Searcher, request: SearchRequest): SearchAnswer {
  if (!request.query.trim()) return NO_HITS
  const limit = Math.min(Math.max(1, request.limit ?? SEARCH_LIMITS.defaultLimit), SEARCH_LIMITS.maxLimit)
  const offset = Math.min(Math.max(0, request.offset ?? 0), SEARCH_LIMITS.maxWindow - limit)
  const window = offset + limit
  const all = searcher.search(request.query, window)
  if (!request.zone) return { hits: all.slice(offset), elsewhere: 0 }
  const zone = zoneById(request.zone)
  // what is not tied to places (pages, settings, tools) is offered everywhere
  const inZone = (doc: SearchDoc) => !doc.crossCity || availableInZone({ crossCity: doc.crossCity }, zone)
  return {
    hits: searcher.search(request.query, window, inZone).slice(offset),
    elsewhere: all.filter((h) => !inZone(h.doc)).length
  }
}

/**
 * A hit's words in 繁體: the title, subtitle, keywords, matched term and synonym. The conversion keeps one character
 * for one, so the ranges still fit.
 */
export function hitInLocale(hit: SearchHit, locale: Locale, toHant: Convert): SearchHit {
  if (locale !== 'zh-Hant') return hit
  const { doc, match } = hit
  return {
    ...hit,
    doc: {
      ...doc,
      title: toHant(doc.title),
      ...(doc.subtitle !== undefined ? { subtitle: toHant(doc.subtitle) } : {}),
      ...(doc.keywords ? { keywords: doc.keywords.map(toHant) } : {})
    },
    match: {
      ...match,
      term: toHant(match.term),
      ...(match.synonym
        ? { synonym: { typed: toHant(match.synonym.typed), searched: toHant(match.synonym.searched) } }
        : {})
    }
  }
}
