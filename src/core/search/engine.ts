// Runtime search over a prebuilt SearchIndex. Must stay free of pinyin-pro/opencc-js: everything
// it knows about pronunciation and traditional chars comes from the index.
//
// A query runs through phases from the best tier down (exact, prefix, contains, synonyms, pinyin,
// initials, fuzzy). Each phase walks posting lists in static-rank order, so once the top `limit`
// hits all outscore the best the rest of a phase could reach, the phase stops early.
import { Corpus, UnionStream, intersect, letterMask, type PostingList } from './corpus'
import { isHanCode, isLetterCode, toKey } from './normalize'
import { PinyinMatcher, PinyinSpeller, oneCharOff } from './pinyin-match'
import { SYNONYM_GROUPS } from './synonyms'
import type { SearchDoc, SearchHit, SearchIndex, SearchMatch, SearchTier } from './types'

export interface Searcher {
  /** the best `limit` hits, best first; with `accept`, only among the docs it accepts (e.g. 本专区可办) */
  search(query: string, limit?: number, accept?: (doc: SearchDoc) => boolean): SearchHit[]
  size: number
}

/** Longer input is cut: nobody types more, and it bounds the matcher's work. */
export const MAX_QUERY_LENGTH = 64
const DEFAULT_LIMIT = 20
/** Near-miss Han matching checks at most this many docs per query. */
const FUZZY_BUDGET = 3000
/** Near-miss pinyin: only queries this long are corrected, with at most this many spellings tried. */
const MAX_CORRECTED_LENGTH = 24
const MAX_CORRECTIONS = 6

// Tier bases are 50 apart and static scores stay below 40, so a doc's boost or length reorders it
// only within its tier. Scores add nothing that depends on the match beyond its base: that is
// what keeps each phase's ceiling (base + the next doc's static score) tight enough to stop early.
// Literal keyword matches sit a notch below title matches of the same kind.
interface LiteralBases {
  exact: number
  prefix: number
  contains: number
  keyword: number
}
const LITERAL: LiteralBases = { exact: 1000, prefix: 900, contains: 800, keyword: 50 }
const SYNONYM: LiteralBases = { exact: 700, prefix: 650, contains: 600, keyword: 25 }
interface PinyinBases {
  prefix: number
  contains: number
  initialsPrefix: number
  initialsContains: number
  fuzzy: boolean
}
// Pinyin and near-miss matches weigh keywords (aliases) like titles: phases can then stop on
// whichever matched, and an alias is as good a name as the title once the user is not typing it.
const PINYIN: PinyinBases = { prefix: 550, contains: 500, initialsPrefix: 450, initialsContains: 400, fuzzy: false }
const FUZZY = 300
const FUZZY_PINYIN: PinyinBases = {
  prefix: FUZZY,
  contains: FUZZY - 10,
  initialsPrefix: FUZZY - 20,
  initialsContains: FUZZY - 30,
  fuzzy: true
}

interface Candidate {
  rank: number
  score: number
  tier: SearchTier
  field: number
  /** Matched key chars [start, end) of the field, except `skip` (the wrong char of a fuzzy match). */
  start: number
  end: number
  skip: number
  /** set by a synonym phase: the query's word and the synonym searched in its place (always present, so that
   * every candidate has one shape) */
  synonym: Synonym | undefined
}

interface Synonym {
  typed: string
  searched: string
}

/** A query with one synonym swapped in. */
interface Variant {
  query: string
  synonym: Synonym
}

/** The best `limit` candidates, best first (score desc, then static rank). */
class TopK {
  readonly items: Candidate[] = []
  constructor(readonly limit: number) {}

  get full(): boolean {
    return this.items.length >= this.limit
  }

  /** Would a doc of this rank scoring at most `bound` fail to get in? */
  excludes(bound: number, rank: number): boolean {
    if (!this.full) return false
    const last = this.items[this.items.length - 1]
    return last.score > bound || (last.score === bound && last.rank < rank)
  }

  push(c: Candidate): void {
    if (this.excludes(c.score, c.rank)) return
    const items = this.items
    let i = items.length
    while (i > 0 && (items[i - 1].score < c.score || (items[i - 1].score === c.score && items[i - 1].rank > c.rank)))
      i--
    items.splice(i, 0, c)
    if (items.length > this.limit) items.pop()
  }
}

/**
 * The higher-scoring of two matches of one doc (fields come title first). A keyword may win the
 * score while the title also matched: keep the title's position, since that is what gets highlighted.
 * Between two keywords the better one is the match reported.
 */
function better(best: Candidate | null, titleField: number, next: Candidate | null): Candidate | null {
  if (!best || !next) return best ?? next
  if (next.score <= best.score) return best
  return best.field === titleField
    ? { ...next, field: best.field, start: best.start, end: best.end, skip: best.skip, synonym: best.synonym }
    : next
}

function rarest(lists: (PostingList | undefined)[]): PostingList | undefined {
  let best: PostingList | undefined
  for (const l of lists) {
    if (!l) return undefined
    if (!best || l.length < best.length) best = l
  }
  return best
}

type Evaluate = (rank: number) => Candidate | null

class Engine implements Searcher {
  readonly size: number
  private readonly c: Corpus
  private readonly matcher: PinyinMatcher
  private readonly speller: PinyinSpeller
  private readonly hitStamp: Uint32Array
  private readonly evalStamp: Uint32Array
  private queryStamp = 0
  private phaseStamp = 0
  private top = new TopK(DEFAULT_LIMIT)
  private accept: ((doc: SearchDoc) => boolean) | undefined
  private readonly docs: (SearchDoc | undefined)[]
  private readonly synonymGroup = new Map<string, number>()
  private readonly synonymKeys: string[][]
  private maxSynonymLength = 0

  constructor(index: SearchIndex) {
    const c = (this.c = new Corpus(index))
    this.size = c.size
    this.matcher = new PinyinMatcher(c, MAX_QUERY_LENGTH + 1)
    this.speller = new PinyinSpeller(c, MAX_CORRECTED_LENGTH + 1)
    this.hitStamp = new Uint32Array(c.size)
    this.evalStamp = new Uint32Array(c.size)
    this.docs = new Array(c.size)
    this.synonymKeys = SYNONYM_GROUPS.map((g, i) =>
      g.map((term) => {
        const key = toKey(term, c.t2s)
        this.synonymGroup.set(key, i)
        this.maxSynonymLength = Math.max(this.maxSynonymLength, key.length)
        return key
      })
    )
  }

  search(query: string, limit = DEFAULT_LIMIT, accept?: (doc: SearchDoc) => boolean): SearchHit[] {
    const q = toKey(String(query ?? ''), this.c.t2s).slice(0, MAX_QUERY_LENGTH)
    if (!q || this.size === 0) return []
    this.accept = accept
    this.queryStamp++
    this.top = new TopK(Math.max(1, Math.floor(limit) || DEFAULT_LIMIT))
    let hasHan = false
    let letters = 0
    for (let i = 0; i < q.length; i++) {
      const code = q.charCodeAt(i)
      if (isHanCode(code)) hasHan = true
      else if (isLetterCode(code)) letters++
    }
    const hasLetter = letters > 0

    this.literal(q, LITERAL)
    if (hasHan) for (const v of this.synonymVariants(q)) this.literal(v.query, SYNONYM, v.synonym)
    if (hasLetter) this.pinyin(q, PINYIN)
    if (!this.top.full) {
      if (hasHan && !hasLetter && q.length >= 3) this.fuzzyHan(q)
      // Pinyin that already reads as corpus pinyin is taken as meant; only unreadable input is corrected.
      else if (letters === q.length && q.length >= 5 && q.length <= MAX_CORRECTED_LENGTH && !this.speller.readable(q)) {
        for (const v of this.speller.corrections(q, MAX_CORRECTIONS)) this.pinyin(v, FUZZY_PINYIN)
      }
    }
    return this.top.items.map((cand) => this.toHit(cand))
  }

  /** Walks the union of posting lists, stopping once nothing further in it can enter the top list. */
  private run(
    lists: (PostingList | number[] | undefined)[],
    ceiling: number,
    evaluate: Evaluate,
    budget = Infinity
  ): void {
    const { hitStamp, evalStamp, queryStamp, phaseStamp, top } = this
    const statics = this.c.statics
    const stream = new UnionStream(lists)
    for (let d = stream.next(); d >= 0; d = stream.next()) {
      if (hitStamp[d] === queryStamp || evalStamp[d] === phaseStamp) continue
      if (top.excludes(ceiling + statics[d], d)) break
      if (budget-- <= 0) break
      evalStamp[d] = phaseStamp
      // a doc the caller leaves out is no match: nothing it would score can take a place in the list
      if (this.accept && !this.accept(this.doc(d))) {
        hitStamp[d] = queryStamp
        continue
      }
      const cand = evaluate(d)
      if (cand) {
        hitStamp[d] = queryStamp
        top.push(cand)
      }
    }
  }

  private charIds(q: string): number[] {
    return Array.from(q, (ch) => this.c.charId[ch.charCodeAt(0)])
  }

  private literal(q: string, bases: LiteralBases, synonym?: Synonym): void {
    const c = this.c
    const ids = this.charIds(q)
    if (ids.includes(0)) return // a char that occurs nowhere
    this.phaseStamp++
    const evaluate: Evaluate = (d) => {
      let best: Candidate | null = null
      for (let f = c.fieldStart[d], i = 0; f < c.fieldStart[d + 1]; f++, i++) {
        const key = c.fieldKey[f]
        const at = key.indexOf(q)
        if (at < 0) continue
        const kind = key.length === q.length ? 'exact' : at === 0 ? 'prefix' : 'contains'
        const score = bases[kind] - (i === 0 ? 0 : bases.keyword) + c.statics[d]
        best = better(best, c.fieldStart[d], {
          rank: d,
          score,
          tier: synonym ? 'synonym' : kind,
          field: f,
          start: at,
          end: at + q.length,
          skip: -1,
          synonym
        })
      }
      return best
    }
    this.run([c.exactTitle.get(q), c.exactKeyword.get(q)], bases.exact, evaluate)
    if (q.length === 1) {
      this.run([c.titleHeadChars.get(ids[0])], bases.prefix, evaluate)
      this.run([c.keywordHeadChars.get(ids[0])], bases.prefix - bases.keyword, evaluate)
      this.run([c.chars.get(ids[0])], bases.contains, evaluate)
      return
    }
    const C = c.charCount + 1
    const head = ids[0] * C + ids[1]
    this.run([c.titleHeadBigrams.get(head)], bases.prefix, evaluate)
    this.run([c.keywordHeadBigrams.get(head)], bases.prefix - bases.keyword, evaluate)
    // Every doc containing q contains each of its bigrams: the rarest one is the candidate list.
    const bigrams: (PostingList | undefined)[] = []
    for (let i = 0; i + 1 < ids.length; i++) bigrams.push(c.bigrams.get(ids[i] * C + ids[i + 1]))
    this.run([rarest(bigrams)], bases.contains, evaluate)
  }

  /** The query with one synonym term swapped for each other term of its group. */
  private synonymVariants(q: string): Variant[] {
    const out: Variant[] = []
    for (let i = 0; i < q.length;) {
      let matched = 0
      for (let l = Math.min(this.maxSynonymLength, q.length - i); l >= 2 && !matched; l--) {
        const term = q.substr(i, l)
        const group = this.synonymGroup.get(term)
        if (group === undefined) continue
        matched = l
        for (const other of this.synonymKeys[group]) {
          if (other !== term && out.length < 12)
            out.push({ query: q.slice(0, i) + other + q.slice(i + l), synonym: { typed: term, searched: other } })
        }
      }
      i += matched || 1
    }
    return out
  }

  private pinyin(q: string, bases: PinyinBases): void {
    const c = this.c
    this.phaseStamp++
    const letters = letterMask(q)
    const evaluate: Evaluate = (d) => {
      let best: Candidate | null = null
      for (let f = c.fieldStart[d]; f < c.fieldStart[d + 1]; f++) {
        const m = this.matcher.match(q, f, letters)
        if (!m) continue
        const score =
          (m.full
            ? m.start === 0
              ? bases.prefix
              : bases.contains
            : m.start === 0
              ? bases.initialsPrefix
              : bases.initialsContains) + c.statics[d]
        const tier = bases.fuzzy ? 'fuzzy' : m.full ? 'pinyin' : 'initials'
        best = better(best, c.fieldStart[d], {
          rank: d,
          score,
          tier,
          field: f,
          start: m.start,
          end: m.end,
          skip: -1,
          synonym: undefined
        })
      }
      return best
    }
    let hanList: PostingList | undefined
    let hasHan = false
    for (let i = 0; i < q.length; i++) {
      const code = q.charCodeAt(i)
      if (!isHanCode(code)) continue
      hasHan = true
      const list = c.chars.get(c.charId[code])
      if (!list) return
      if (!hanList || list.length < hanList.length) hanList = list
    }
    if (hasHan) {
      // Mixed input (社bao): every match contains its Han chars literally; the rarest one filters.
      const q0 = c.charId[q.charCodeAt(0)]
      if (q0) this.run([c.titleHeadChars.get(q0), c.keywordHeadChars.get(q0)], bases.prefix, evaluate)
      this.run([hanList], bases.prefix, evaluate)
      return
    }
    // Lists whose matches may use whole syllables come first, under the higher ceiling; initials-only
    // lists follow under the lower one, so "gat" (港澳通) can stop early on its initials hits.
    const head = this.pinyinLists(q, true)
    const rest = this.pinyinLists(q, false)
    this.run(head.full, bases.prefix, evaluate)
    this.run(head.initials, bases.initialsPrefix, evaluate)
    this.run(rest.full, bases.contains, evaluate)
    this.run(rest.initials, bases.initialsContains, evaluate)
  }

  /** Could some char take two or more letters of q[p..]? Only where two adjacent letters start a syllable. */
  private wholeSyllablePossible(q: string, p: number): boolean {
    for (let i = p; i + 1 < q.length; i++) if (this.c.sylByPrefix.has(q.substr(i, 2))) return true
    return false
  }

  /**
   * Posting lists covering every strict pinyin match of q (letters only), from a field's first
   * char if `head`. A match either stays inside one syllable, or its first two chars take, in turn,
   * a whole syllable (S) or just an initial (I); keys are the first of S+I, I+S, I+(last) and I+I+I.
   * Lists whose matches can only be initials-only are returned apart.
   */
  private pinyinLists(
    q: string,
    head: boolean
  ): { full: (PostingList | undefined)[]; initials: (PostingList | undefined)[] } {
    const c = this.c
    const I = c.initCount + 1
    const S = c.syllables.length
    const t = head
      ? { syls: c.headSyls, ii: c.headIi, iii: c.headIii, si: c.headSi, is: c.headIs }
      : { syls: c.syls, ii: c.ii, iii: c.iii, si: c.si, is: c.is }
    const full: (PostingList | undefined)[] = []
    const initials: (PostingList | undefined)[] = []
    for (const s of c.sylByPrefix.get(q) ?? []) (q.length > 1 ? full : initials).push(t.syls.get(s))
    const init = (p: number) => c.initId[q.charCodeAt(p)]
    const i0 = init(0)
    if (!i0) return { full, initials }
    for (const [k, syl] of this.firstTakes(q, 0)) {
      // Retroflex initials (zh/ch/sh) count as taking more than one letter.
      const wide = k > 1
      if (syl >= 0) {
        full.push(t.si.get(syl * I + init(k)))
        continue
      }
      if (c.sylByPrefix.has(q.slice(k))) (wide || q.length - k > 1 ? full : initials).push(t.ii.get(i0 * I + init(k)))
      for (const [k2, syl2] of this.firstTakes(q, k)) {
        if (syl2 >= 0) full.push(t.is.get(i0 * S + syl2))
        else
          (wide || k2 - k > 1 || this.wholeSyllablePossible(q, k2) ? full : initials).push(
            t.iii.get((i0 * I + init(k)) * I + init(k2))
          )
      }
    }
    return { full, initials }
  }

  /**
   * Ways one char can take letters from q[p..] with more letters left over: [next position,
   * syllable id when it takes a whole syllable of two or more letters, else -1 for an initial].
   */
  private firstTakes(q: string, p: number): [number, number][] {
    const out: [number, number][] = []
    if (p + 1 < q.length) out.push([p + 1, -1])
    if (p + 2 < q.length && q[p + 1] === 'h' && 'zcs'.includes(q[p])) out.push([p + 2, -1])
    for (let k = 2; k <= 6 && p + k < q.length; k++) {
      const syl = this.c.sylId.get(q.substr(p, k))
      if (syl !== undefined) out.push([p + k, syl])
    }
    return out
  }

  private fuzzyHan(q: string): void {
    const c = this.c
    const ids = this.charIds(q)
    const C = c.charCount + 1
    const bigram = (i: number) => (ids[i] && ids[i + 1] ? c.bigrams.get(ids[i] * C + ids[i + 1]) : undefined)
    this.phaseStamp++
    // One wrong char leaves one half of q intact (or, for three chars, its two outer chars).
    const lists: (PostingList | number[] | undefined)[] = []
    if (q.length === 3) lists.push(bigram(0), bigram(1), intersect(c.chars.get(ids[0]), c.chars.get(ids[2])))
    else {
      const half = q.length >> 1
      const left: (PostingList | undefined)[] = []
      const right: (PostingList | undefined)[] = []
      for (let i = 0; i + 1 < q.length; i++) {
        if (i + 1 < half) left.push(bigram(i))
        else if (i >= half) right.push(bigram(i))
      }
      lists.push(rarest(left), rarest(right))
    }
    const evaluate: Evaluate = (d) => {
      let best: Candidate | null = null
      for (let f = c.fieldStart[d]; f < c.fieldStart[d + 1]; f++) {
        const m = oneCharOff(c.fieldKey[f], q)
        if (!m) continue
        const score = FUZZY + c.statics[d]
        best = better(best, c.fieldStart[d], {
          rank: d,
          score,
          tier: 'fuzzy',
          field: f,
          start: m[0],
          end: m[0] + q.length,
          skip: m[1],
          synonym: undefined
        })
      }
      return best
    }
    this.run(lists, FUZZY, evaluate, FUZZY_BUDGET)
  }

  private doc(d: number): SearchDoc {
    const cached = this.docs[d]
    if (cached) return cached
    const [id, kind, title, route, , keywords, boost, subtitle, crossCity] = this.c.rows[d]
    const doc: SearchDoc = { id, kind: this.c.kinds[kind], title, route }
    if (subtitle) doc.subtitle = subtitle
    if (keywords && keywords.length) doc.keywords = keywords
    if (boost) doc.boost = boost
    if (crossCity && crossCity.length) doc.crossCity = crossCity
    return (this.docs[d] = doc)
  }

  private toHit(cand: Candidate): SearchHit {
    const doc = this.doc(cand.rank)
    const first = this.c.fieldStart[cand.rank]
    const ranges = cand.field === first ? this.rangesIn(doc.title, cand) : []
    let match: SearchMatch = { field: 'title', term: doc.title, ranges }
    const k = this.c.fieldKeyword[cand.field]
    if (k >= 0 && doc.keywords) {
      match = { field: 'keyword', term: doc.keywords[k], keyword: k, ranges: this.rangesIn(doc.keywords[k], cand) }
    }
    if (cand.synonym) match.synonym = { ...cand.synonym }
    return { doc, score: Math.round(cand.score * 1000) / 1000, tier: cand.tier, ranges, match }
  }

  /** Key chars [start, end) of a field, minus `skip`, as ranges of its text (punctuation/spaces have no key char). */
  private rangesIn(text: string, cand: Candidate): [number, number][] {
    const positions: number[] = []
    toKey(text, this.c.t2s, positions)
    const ranges: [number, number][] = []
    for (let k = cand.start; k < cand.end; k++) {
      if (k === cand.skip) continue
      const at = positions[k]
      const last = ranges[ranges.length - 1]
      if (last && last[1] === at) last[1] = at + 1
      else ranges.push([at, at + 1])
    }
    return ranges
  }
}

export function createSearcher(index: SearchIndex): Searcher {
  return new Engine(index)
}
