// Tag picker search over a small vocabulary (~100 tags): exact / prefix / contains first, then aliases,
// then near misses (one character substituted, inserted, dropped or two swapped; or the query's
// characters appearing in order). Case and full/half width insensitive. No dependencies.

export interface TagEntry {
  tag: string
  aliases?: string[]
}

export type TagVocabulary = TagEntry[]

/** Lower case, full-width ASCII and the ideographic space folded to half width, spaces dropped. */
export function foldTagText(s: string): string {
  let out = ''
  for (const ch of s) {
    let code = ch.codePointAt(0) ?? 0
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
    if (code === 0x3000 || code === 0x20) continue
    out += String.fromCodePoint(code).toLowerCase()
  }
  return out
}

/** True when a and b differ by one edit: substitution, insertion/deletion, or an adjacent swap. */
export function isOneEditApart(a: string, b: string): boolean {
  const x = Array.from(a)
  const y = Array.from(b)
  if (Math.abs(x.length - y.length) > 1) return false
  let i = 0
  while (i < x.length && i < y.length && x[i] === y[i]) i++
  let j = 0
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++
  const restX = x.length - i - j
  const restY = y.length - i - j
  if (restX <= 1 && restY <= 1) return restX + restY > 0
  // adjacent transposition: "ab" ↔ "ba"
  return restX === 2 && restY === 2 && x[i] === y[i + 1] && x[i + 1] === y[i]
}

function isSubsequence(query: string, text: string): boolean {
  let k = 0
  const q = Array.from(query)
  for (const ch of text) if (ch === q[k]) k++
  return k === q.length
}

/** Rank of `query` against one name: lower is better, null when unrelated. */
function rankName(query: string, name: string): number | null {
  if (name === query) return 0
  if (name.startsWith(query)) return 1
  if (name.includes(query)) return 2
  if (Array.from(query).length >= 2 && isOneEditApart(query, name)) return 6
  if (Array.from(query).length >= 2 && isSubsequence(query, name)) return 7
  return null
}

/**
 * Tags for `query`, best first (ties keep vocabulary order). Tiers: the tag itself 0–2, an alias 3–5,
 * a near miss 6–7. An empty query returns the first `limit` tags.
 */
export function searchTags(vocabulary: TagVocabulary, query: string, limit = 8): string[] {
  const q = foldTagText(query)
  if (!q) return vocabulary.slice(0, Math.max(0, limit)).map((t) => t.tag)
  const hits: { tag: string; rank: number; order: number }[] = []
  vocabulary.forEach((entry, order) => {
    let best = rankName(q, foldTagText(entry.tag))
    for (const alias of entry.aliases ?? []) {
      const r = rankName(q, foldTagText(alias))
      // an alias's exact/prefix/contains ranks below the tag's own; near misses stay in their tier
      const ranked = r === null ? null : r < 6 ? r + 3 : r
      if (ranked !== null && (best === null || ranked < best)) best = ranked
    }
    if (best !== null) hits.push({ tag: entry.tag, rank: best, order })
  })
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order)
  return hits.slice(0, Math.max(0, limit)).map((h) => h.tag)
}
