// Matching a letters-and-Han query against one field's per-char syllables.
import type { Corpus } from './corpus'
import { isHanCode } from './normalize'

export interface UnitMatch {
  /** Matched key chars [start, end) of the field. */
  start: number
  end: number
  /** True when some char was matched by more than its initial (full/partial syllable or the Han char). */
  full: boolean
}

const H = 104 // 'h', second letter of the zh/ch/sh initials

function isRetroflex(syl: string): boolean {
  const c = syl.charCodeAt(0)
  return syl.length > 2 && syl.charCodeAt(1) === H && (c === 122 || c === 99 || c === 115)
}

/**
 * Strict pinyin matching: each char of the field, from some start, consumes its whole syllable,
 * its initial (z/zh…), or — for the last one only — any prefix of it, since the user may still be
 * typing. A Han char in the query must equal the field char, which is how mixed input (社bao) works.
 */
export class PinyinMatcher {
  private memo: Uint32Array
  private stamp = 0
  private q = ''
  private key = ''
  private f = 0
  private len = 0

  constructor(
    private readonly c: Corpus,
    maxQueryLength: number
  ) {
    this.memo = new Uint32Array((c.maxFieldLength + 1) * (maxQueryLength + 1))
  }

  /**
   * Best match in field f: a start at char 0 beats a later one, a full-syllable match an initials
   * one. `letters` is letterMask(q): a field lacking any of its letters cannot match.
   */
  match(q: string, f: number, letters: number): UnitMatch | null {
    const c = this.c
    if (letters & ~c.fieldLetters[f]) return null
    this.q = q
    this.f = f
    this.key = c.fieldKey[f]
    this.len = this.key.length
    // Failed (char, query position) states are memoised per field, so pathological inputs stay linear.
    this.stamp++
    const q0 = q.charCodeAt(0)
    const han = isHanCode(q0)
    const init0 = c.initId[q0]
    const u0 = c.unitStart[f]
    let best: UnitMatch | null = null
    for (let i = 0; i < this.len; i++) {
      if (han ? this.key.charCodeAt(i) !== q0 : c.sylInit[c.units[u0 + i]] !== init0) continue
      const r = this.step(i, 0)
      if (r < 0) continue
      const full = (r & 1) === 1
      if (!best || (full && !best.full)) best = { start: i, end: r >> 1, full }
      if (full) break
    }
    return best
  }

  /** Returns (end char << 1 | usedFullSyllable) when q[p..] matches from char j, else -1. */
  private step(j: number, p: number): number {
    const q = this.q
    const n = q.length
    if (p === n) return j << 1
    if (j === this.len) return -1
    const m = j * (n + 1) + p
    if (this.memo[m] === this.stamp) return -1
    let r = -1
    const qc = q.charCodeAt(p)
    if (isHanCode(qc)) {
      if (this.key.charCodeAt(j) === qc) {
        r = this.step(j + 1, p + 1)
        if (r >= 0) r |= 1
      }
    } else {
      const syl = this.c.syllableAt(this.f, j)
      let l = 0
      while (l < syl.length && p + l < n && syl.charCodeAt(l) === q.charCodeAt(p + l)) l++
      if (l > 0) {
        if (p + l === n) {
          r = ((j + 1) << 1) | (l > 1 ? 1 : 0)
        } else {
          if (l === syl.length) {
            r = this.step(j + 1, p + l)
            if (r >= 0 && l > 1) r |= 1
          }
          if (r < 0 && l >= 2 && isRetroflex(syl)) {
            r = this.step(j + 1, p + 2)
            if (r >= 0) r |= 1
          }
          if (r < 0 && syl.length > 1) r = this.step(j + 1, p + 1)
        }
      }
    }
    if (r < 0) this.memo[m] = this.stamp
    return r
  }
}

/** First window of the key that equals q except at exactly one char: [start, wrong index]. */
export function oneCharOff(key: string, q: string): [number, number] | null {
  const n = q.length
  for (let w = 0; w + n <= key.length; w++) {
    let wrong = -1
    for (let i = 0; i < n; i++) {
      if (key.charCodeAt(w + i) === q.charCodeAt(i)) continue
      if (wrong >= 0) {
        wrong = -2
        break
      }
      wrong = i
    }
    if (wrong >= 0) return [w, w + wrong]
  }
  return null
}

/**
 * Spelling checker for pinyin: can a string be typed as whole syllables (the last one possibly
 * unfinished) that actually follow each other somewhere in the corpus? It rejects almost every
 * random one-letter edit of a query, which is what makes near-miss pinyin cheap.
 */
export class PinyinSpeller {
  /** Trie over a–z: child of node n by letter x is next[n * 26 + x] (0 = none; node 0 is the root). */
  private readonly next: number[] = [0]
  private readonly term: number[] = [-1]
  /** Syllables at or below each node. */
  private readonly below: number[][] = [[]]
  private readonly failed: Uint32Array
  private stamp = 0
  private v = ''

  constructor(
    private readonly c: Corpus,
    maxLength: number
  ) {
    this.next = new Array<number>(26).fill(0)
    c.syllables.forEach((syl, id) => {
      if (!/^[a-z]+$/.test(syl)) return
      let node = 0
      this.below[0].push(id)
      for (let i = 0; i < syl.length; i++) {
        const slot = node * 26 + syl.charCodeAt(i) - 97
        if (!this.next[slot]) {
          this.next[slot] = this.term.length
          this.term.push(-1)
          this.below.push([])
          for (let k = 0; k < 26; k++) this.next.push(0)
        }
        node = this.next[slot]
        this.below[node].push(id)
      }
      this.term[node] = id
    })
    this.failed = new Uint32Array((maxLength + 2) * (c.syllables.length + 1))
  }

  private follows(prev: number, s: number): boolean {
    const pairs = this.c.sylPairs
    return prev < 0 || !pairs || pairs[prev * this.c.syllables.length + s] === 1
  }

  /** The length of the longest prefix of v that reads as corpus pinyin. */
  readablePrefix(v: string): number {
    let lo = 0
    for (let p = 1; p <= v.length && this.readable(v.slice(0, p)); p++) lo = p
    return lo
  }

  readable(v: string): boolean {
    this.v = v
    this.stamp++
    return v.length > 0 && this.from(0, -1)
  }

  private from(p: number, prev: number): boolean {
    const state = p * (this.c.syllables.length + 1) + prev + 1
    if (this.failed[state] === this.stamp) return false
    const v = this.v
    let node = 0
    for (let k = p; k < v.length; k++) {
      const x = v.charCodeAt(k) - 97
      node = x >= 0 && x < 26 ? this.next[node * 26 + x] : 0
      if (!node) break
      if (k + 1 === v.length) {
        for (const s of this.below[node]) if (this.follows(prev, s)) return true
      } else {
        const s = this.term[node]
        if (s >= 0 && this.follows(prev, s) && this.from(k + 1, s)) return true
      }
    }
    this.failed[state] = this.stamp
    return false
  }

  /**
   * Spellings one wrong, missing or extra letter away from q that read as corpus pinyin, at most
   * `max`, nearest to where q stops reading as pinyin first (that is where the typo must be).
   */
  corrections(q: string, max: number): string[] {
    const out: string[] = []
    const seen = new Set<string>([q])
    const consider = (v: string): boolean => {
      if (v && !seen.has(v)) {
        seen.add(v)
        if (this.readable(v)) out.push(v)
      }
      return out.length >= max
    }
    for (let i = Math.min(this.readablePrefix(q), q.length - 1); i >= 0; i--) {
      if (consider(q.slice(0, i) + q.slice(i + 1))) return out
      for (let x = 0; x < 26; x++) {
        const ch = String.fromCharCode(97 + x)
        if (consider(q.slice(0, i) + ch + q.slice(i + 1)) || consider(q.slice(0, i) + ch + q.slice(i))) return out
      }
    }
    return out
  }
}
