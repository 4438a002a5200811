import type { CityId } from '../domain'

/** One searchable item contributed by a module (a service guide, a page, a setting…). */
export interface SearchDoc {
  id: string
  kind: string
  title: string
  subtitle?: string
  keywords?: string[]
  /** Featured/popular weight, typically 0–10: orders docs within a tier, never lifts across tiers. */
  boost?: number
  /** Opaque to the engine; the caller navigates with it. */
  route: string
  /**
   * 跨城通办: the cities that accept the item, which decide whether a zone offers it (本专区可办); absent for what
   * is not tied to places (pages, settings, tools). Opaque to the engine; a caller's filter reads it.
   */
  crossCity?: CityId[]
}

export type SearchTier = 'exact' | 'prefix' | 'contains' | 'initials' | 'pinyin' | 'fuzzy' | 'synonym'

/** Why a doc was found: the doc's own word that matched, so a page can show it beside the title. */
export interface SearchMatch {
  /** 'title' when the title matched (then `ranges` are the hit's), else one of the doc's keywords (an alias) */
  field: 'title' | 'keyword'
  /** the matched word as the doc has it: its title or `doc.keywords[keyword]` */
  term: string
  /** index into doc.keywords when field is 'keyword' */
  keyword?: number
  /** the matched chars of `term`, half-open UTF-16 indices, sorted and disjoint (they fit its 繁體 form too) */
  ranges: [number, number][]
  /** found through a synonym: the word of the query (search key, 简体) and the synonym searched instead */
  synonym?: { typed: string; searched: string }
}

export interface SearchHit {
  doc: SearchDoc
  score: number
  tier: SearchTier
  /**
   * Half-open [start, end) UTF-16 indices into doc.title (and, char for char, its 繁體 form),
   * sorted and disjoint; empty when nothing in the title matched (only a keyword did).
   */
  ranges: [number, number][]
  match: SearchMatch
}

/**
 * One doc as stored in the index. Trailing fields are omitted when empty to keep the JSON small.
 * `py` holds one toneless syllable per searchable char of each field (title first, then keywords
 * with searchable text), syllables joined by ' ' and fields by '|'. Latin letters and digits are
 * their own syllable; initials are the first letter of each syllable.
 */
export type SearchIndexRow = [
  id: string,
  kind: number,
  title: string,
  route: string,
  py: string,
  keywords?: string[],
  boost?: number,
  subtitle?: string,
  crossCity?: CityId[]
]

export interface SearchIndex {
  v: 1
  /** Distinct kinds; rows refer to them by position. */
  kinds: string[]
  rows: SearchIndexRow[]
  /**
   * Traditional→simplified char pairs concatenated ("會会險险…"), limited to chars that occur in
   * the indexed text or the synonym table, so 繁體 input works without shipping OpenCC.
   */
  t2s: string
}
