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

  constructor(private readonly c: Corpus, maxQueryLength: number) {
    this.memo = new Uint32Array((c.maxFieldLength + 1) * (maxQueryLength + 1))
  }

  /** Best match in field f: a start at char 0 beats a later one, a full-syllable match an initials one. */
  match(q: string, f: number): UnitMatch | null {
    const c = this.c
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

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Can v be typed as whole syllables (the last one possibly unfinished) that actually follow each
 * other somewhere in the corpus? This rejects almost every random one-letter edit of a query.
 */
function plausiblePinyin(c: Corpus, v: string): boolean {
  const S = c.syllables.length
  const failed = new Set<number>()
  const go = (p: number, prev: number): boolean => {
    const state = p * (S + 1) + prev + 1
    if (failed.has(state)) return false
    const last = c.sylByPrefix.get(v.slice(p))
    if (last && (prev < 0 || !c.sylPairs || last.some((s) => c.sylPairs![prev * S + s]))) return true
    for (let k = 1; k <= 6 && p + k < v.length; k++) {
      const id = c.sylId.get(v.substr(p, k))
      if (id === undefined || (prev >= 0 && c.sylPairs && !c.sylPairs[prev * S + id])) continue
      if (go(p + k, id)) return true
    }
    failed.add(state)
    return false
  }
  return go(0, -1)
}

/**
 * Spellings one wrong, missing or extra letter away from q that read as pinyin of the corpus,
 * at most `max` of them. Searching these strictly is how near misses are found.
 */
export function pinyinCorrections(c: Corpus, q: string, max: number): string[] {
  const out: string[] = []
  const seen = new Set<string>([q])
  const consider = (v: string): boolean => {
    if (v && !seen.has(v)) {
      seen.add(v)
      if (plausiblePinyin(c, v)) out.push(v)
    }
    return out.length >= max
  }
  for (let i = 0; i < q.length; i++) {
    for (const ch of LETTERS) if (consider(q.slice(0, i) + ch + q.slice(i + 1))) return out
    if (consider(q.slice(0, i) + q.slice(i + 1))) return out
  }
  for (let i = 0; i <= q.length; i++) {
    for (const ch of LETTERS) if (consider(q.slice(0, i) + ch + q.slice(i))) return out
  }
  return out
}
