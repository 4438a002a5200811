// In-memory form of a SearchIndex: docs renumbered by static rank, flat field/syllable arrays and
// posting lists. Postings are derived here rather than shipped, which keeps the JSON small; every
// list is ascending by rank, so scanning one meets the best-placed docs first.
import { parseCharMap, toKey, type CharMap } from './normalize'
import type { SearchIndex, SearchIndexRow } from './types'

export type PostingList = Int32Array

const DENSE_LIMIT = 1 << 16

/**
 * Posting lists in one flat array (list k is docs[offsets[k]..offsets[k+1])), filled by two passes
 * over the corpus (count, then fill) so that building never grows millions of small arrays.
 * Small key spaces are addressed directly, larger ones through a key → slot map.
 */
export class PostingTable {
  private readonly slots: Map<number, number> | null
  private counts: number[]
  private last: number[]
  private offsets = new Int32Array(1)
  private docs = new Int32Array(0)
  private cursor: Int32Array | null = null

  constructor(keySpace: number) {
    this.slots = keySpace > DENSE_LIMIT ? new Map() : null
    this.counts = this.slots ? [] : new Array<number>(keySpace).fill(0)
    this.last = this.slots ? [] : new Array<number>(keySpace).fill(-1)
  }

  private slot(key: number, create: boolean): number {
    if (!this.slots) return key
    let s = this.slots.get(key)
    if (s === undefined) {
      if (!create) return -1
      s = this.counts.length
      this.slots.set(key, s)
      this.counts.push(0)
      this.last.push(-1)
    }
    return s
  }

  add(key: number, d: number): void {
    const s = this.slot(key, !this.cursor)
    if (this.last[s] === d) return
    this.last[s] = d
    if (this.cursor) this.docs[this.cursor[s]++] = d
    else this.counts[s]++
  }

  /** Ends the counting pass: the same adds must be replayed to fill. */
  startFilling(): void {
    const n = this.counts.length
    this.offsets = new Int32Array(n + 1)
    for (let s = 0; s < n; s++) this.offsets[s + 1] = this.offsets[s] + this.counts[s]
    this.docs = new Int32Array(this.offsets[n])
    this.cursor = this.offsets.slice(0, n)
    this.last.fill(-1)
  }

  finish(): void {
    this.cursor = null
    this.counts = []
    this.last = []
  }

  get(key: number): PostingList | undefined {
    const s = key < 0 ? -1 : this.slot(key, false)
    if (s < 0 || s + 1 >= this.offsets.length) return undefined
    const a = this.offsets[s]
    const b = this.offsets[s + 1]
    return b > a ? this.docs.subarray(a, b) : undefined
  }
}

/** A bit per distinct letter a–z in text. */
export function letterMask(text: string): number {
  let mask = 0
  for (let i = 0; i < text.length; i++) {
    const x = text.charCodeAt(i) - 97
    if (x >= 0 && x < 26) mask |= 1 << x
  }
  return mask
}

/** Within-tier order: boost first, then shorter titles (closer to what was typed). Always < 40. */
function staticScore(row: SearchIndexRow, titleKeyLength: number): number {
  const boost = Math.min(Math.max(Number(row[6]) || 0, 0), 10)
  return boost * 3 + Math.max(0, 9.9 - 0.4 * titleKeyLength)
}

export class Corpus {
  readonly size: number
  readonly t2s: CharMap
  readonly rows: SearchIndexRow[]
  readonly kinds: string[]
  readonly statics: Float64Array
  /** fieldStart[d]..fieldStart[d+1] are doc d's fields; field fieldStart[d] is its title. */
  readonly fieldStart: Int32Array
  readonly fieldKey: string[] = []
  /** per field, the index into its row's keywords (-1 for the title): keywords without a search key have no field */
  readonly fieldKeyword: number[] = []
  /** unitStart[f]..unitStart[f+1] index `units`, one syllable id per key char of field f. */
  readonly unitStart: Int32Array
  readonly units: Uint16Array
  readonly syllables: string[] = []
  readonly sylId = new Map<string, number>()
  /** Dense id of each syllable's initial (its first char). */
  readonly sylInit: Uint16Array
  /** Every prefix of every syllable → the syllables it starts. */
  readonly sylByPrefix = new Map<string, number[]>()
  /** Dense ids of chars (keys) and initials, 0 meaning "occurs nowhere". */
  readonly charId = new Uint16Array(65536)
  readonly initId = new Uint16Array(65536)
  readonly charCount: number
  readonly initCount: number
  readonly maxFieldLength: number
  /** Per field, a bit per letter a–z used by its syllables: a cheap reject before pinyin matching. */
  readonly fieldLetters: Int32Array
  /** Which syllables ever follow which (sylCount² bits), to rule out nonsense spelling corrections. */
  readonly sylPairs: Uint8Array | null

  // Literal postings: a char, two adjacent chars. head* count only a field's first position(s),
  // split by title/keyword so that prefix phases can stop early on either.
  readonly chars: PostingTable
  readonly bigrams: PostingTable
  readonly titleHeadChars: PostingTable
  readonly titleHeadBigrams: PostingTable
  readonly keywordHeadChars: PostingTable
  readonly keywordHeadBigrams: PostingTable
  // Pinyin postings over adjacent chars: syllable; initial+initial; initial×3; syllable+initial; initial+syllable.
  readonly syls: PostingTable
  readonly ii: PostingTable
  readonly iii: PostingTable
  readonly si: PostingTable
  readonly is: PostingTable
  readonly headSyls: PostingTable
  readonly headIi: PostingTable
  readonly headIii: PostingTable
  readonly headSi: PostingTable
  readonly headIs: PostingTable
  /** Exact field key → docs. */
  readonly exactTitle = new Map<string, number[]>()
  readonly exactKeyword = new Map<string, number[]>()

  constructor(index: SearchIndex) {
    if (index.v !== 1) throw new Error(`unsupported search index version ${String(index.v)}`)
    this.t2s = parseCharMap(index.t2s)
    this.kinds = index.kinds
    const n = (this.size = index.rows.length)
    const titleKeys = index.rows.map((r) => toKey(r[2], this.t2s))
    const order = index.rows.map((_, i) => i)
    const statics = index.rows.map((r, i) => staticScore(r, titleKeys[i].length))
    order.sort((a, b) => statics[b] - statics[a] || a - b)
    this.rows = order.map((i) => index.rows[i])
    this.statics = Float64Array.from(order, (i) => statics[i])

    // Pass 0: field keys, syllable ids, dense char ids.
    this.fieldStart = new Int32Array(n + 1)
    const unitStart: number[] = [0]
    const units: number[] = []
    const parsed = new Map<string, number[]>()
    let charCount = 0
    let maxFieldLength = 0
    for (let d = 0; d < n; d++) {
      this.fieldStart[d] = this.fieldKey.length
      const row = this.rows[d]
      const keys = [titleKeys[order[d]]]
      const keywordAt = [-1]
      const keywords = row[5] ?? []
      for (let i = 0; i < keywords.length; i++) {
        const key = toKey(keywords[i], this.t2s)
        if (!key) continue
        keys.push(key)
        keywordAt.push(i)
      }
      const pyFields = row[4].split('|')
      for (let f = 0; f < keys.length; f++) {
        const key = keys[f]
        const py = pyFields[f] ?? ''
        // Aliases repeat across docs: parse each distinct syllable string once.
        let ids = parsed.get(py)
        if (!ids) parsed.set(py, (ids = py ? py.split(' ').map((syl) => this.internSyllable(syl)) : []))
        if (ids.length !== key.length) throw new Error(`search index out of date for doc ${row[0]}`)
        this.fieldKey.push(key)
        this.fieldKeyword.push(keywordAt[f])
        for (let j = 0; j < key.length; j++) {
          units.push(ids[j])
          const c = key.charCodeAt(j)
          if (!this.charId[c]) this.charId[c] = ++charCount
        }
        unitStart.push(units.length)
        if (key.length > maxFieldLength) maxFieldLength = key.length
        const exact = f === 0 ? this.exactTitle : this.exactKeyword
        const same = exact.get(key)
        if (!same) exact.set(key, [d])
        else if (same[same.length - 1] !== d) same.push(d)
      }
    }
    this.fieldStart[n] = this.fieldKey.length
    this.unitStart = Int32Array.from(unitStart)
    this.units = Uint16Array.from(units)
    this.charCount = charCount
    this.maxFieldLength = maxFieldLength
    let initCount = 0
    this.sylInit = Uint16Array.from(this.syllables, (s) => {
      const c = s.charCodeAt(0)
      if (!this.initId[c]) this.initId[c] = ++initCount
      return this.initId[c]
    })
    this.initCount = initCount
    const sylLetters = this.syllables.map((s) => letterMask(s))
    this.fieldLetters = new Int32Array(this.fieldKey.length)
    for (let f = 0; f < this.fieldKey.length; f++) {
      for (let u = unitStart[f]; u < unitStart[f + 1]; u++) this.fieldLetters[f] |= sylLetters[units[u]]
    }
    this.syllables.forEach((s, id) => {
      for (let l = 1; l <= s.length; l++) {
        const p = s.slice(0, l)
        const list = this.sylByPrefix.get(p)
        if (list) list.push(id)
        else this.sylByPrefix.set(p, [id])
      }
    })

    const C = charCount + 1
    const I = initCount + 1
    const S = this.syllables.length
    this.chars = new PostingTable(C)
    this.bigrams = new PostingTable(C * C)
    this.titleHeadChars = new PostingTable(C)
    this.titleHeadBigrams = new PostingTable(C * C)
    this.keywordHeadChars = new PostingTable(C)
    this.keywordHeadBigrams = new PostingTable(C * C)
    this.syls = new PostingTable(S)
    this.ii = new PostingTable(I * I)
    this.iii = new PostingTable(I * I * I)
    this.si = new PostingTable(S * I)
    this.is = new PostingTable(I * S)
    this.headSyls = new PostingTable(S)
    this.headIi = new PostingTable(I * I)
    this.headIii = new PostingTable(I * I * I)
    this.headSi = new PostingTable(S * I)
    this.headIs = new PostingTable(I * S)
    const tables = [
      this.chars,
      this.bigrams,
      this.titleHeadChars,
      this.titleHeadBigrams,
      this.keywordHeadChars,
      this.keywordHeadBigrams,
      this.syls,
      this.ii,
      this.iii,
      this.si,
      this.is,
      this.headSyls,
      this.headIi,
      this.headIii,
      this.headSi,
      this.headIs
    ]
    this.sylPairs = S * S <= 1 << 22 ? new Uint8Array(S * S) : null
    this.postAll()
    tables.forEach((t) => t.startFilling())
    this.postAll()
    tables.forEach((t) => t.finish())
  }

  private internSyllable(s: string): number {
    let id = this.sylId.get(s)
    if (id === undefined) {
      id = this.syllables.push(s) - 1
      this.sylId.set(s, id)
    }
    return id
  }

  /** One pass of adds over every char of every field (run once to count, once to fill). */
  private postAll(): void {
    const { units, sylInit, charId, fieldKey, unitStart, sylPairs } = this
    const C = this.charCount + 1
    const I = this.initCount + 1
    const S = this.syllables.length
    for (let d = 0; d < this.size; d++) {
      for (let f = this.fieldStart[d]; f < this.fieldStart[d + 1]; f++) {
        const headChars = f === this.fieldStart[d] ? this.titleHeadChars : this.keywordHeadChars
        const headBigrams = f === this.fieldStart[d] ? this.titleHeadBigrams : this.keywordHeadBigrams
        const key = fieldKey[f]
        const u = unitStart[f]
        const len = key.length
        for (let j = 0; j < len; j++) {
          const c = charId[key.charCodeAt(j)]
          const s = units[u + j]
          const i1 = sylInit[s]
          this.chars.add(c, d)
          this.syls.add(s, d)
          if (j === 0) {
            headChars.add(c, d)
            this.headSyls.add(s, d)
          }
          if (j + 1 >= len) continue
          const c2 = charId[key.charCodeAt(j + 1)]
          const s2 = units[u + j + 1]
          const i2 = sylInit[s2]
          if (sylPairs) sylPairs[s * S + s2] = 1
          this.bigrams.add(c * C + c2, d)
          this.ii.add(i1 * I + i2, d)
          this.si.add(s * I + i2, d)
          this.is.add(i1 * S + s2, d)
          if (j === 0) {
            headBigrams.add(c * C + c2, d)
            this.headIi.add(i1 * I + i2, d)
            this.headSi.add(s * I + i2, d)
            this.headIs.add(i1 * S + s2, d)
          }
          if (j + 2 >= len) continue
          const i3 = sylInit[units[u + j + 2]]
          this.iii.add((i1 * I + i2) * I + i3, d)
          if (j === 0) this.headIii.add((i1 * I + i2) * I + i3, d)
        }
      }
    }
  }

  syllableAt(f: number, j: number): string {
    return this.syllables[this.units[this.unitStart[f] + j]]
  }
}

/** Ascending, de-duplicated walk over the union of posting lists (lazy, so early exits stay cheap). */
export class UnionStream {
  private readonly lists: ArrayLike<number>[]
  private readonly pos: number[]
  private last = -1

  constructor(lists: (ArrayLike<number> | undefined)[]) {
    this.lists = lists.filter((l): l is ArrayLike<number> => !!l && l.length > 0)
    this.pos = this.lists.map(() => 0)
  }

  next(): number {
    const lists = this.lists
    if (lists.length === 1) {
      const p = this.pos[0]
      if (p >= lists[0].length) return -1
      this.pos[0] = p + 1
      return lists[0][p]
    }
    let min = -1
    let minList = -1
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i]
      let p = this.pos[i]
      while (p < list.length && list[p] <= this.last) p++
      this.pos[i] = p
      if (p < list.length && (min < 0 || list[p] < min)) {
        min = list[p]
        minList = i
      }
    }
    if (minList < 0) return -1
    this.pos[minList]++
    this.last = min
    return min
  }
}

/** Docs in both lists. */
export function intersect(a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined): number[] {
  const out: number[] = []
  if (!a || !b) return out
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] < b[j]) i++
    else if (a[i] > b[j]) j++
    else {
      out.push(a[i])
      i++
      j++
    }
  }
  return out
}
