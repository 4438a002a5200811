import fc from 'fast-check'
import { pinyin } from 'pinyin-pro'
import { buildSearchIndex } from '@/core/search/build-index'
import { createSearcher } from '@/core/search/engine'
import { parseCharMap, toKey } from '@/core/search/normalize'
import type { SearchDoc, SearchHit } from '@/core/search/types'
import { TIER_ORDER, searcher } from './fixtures'

// Simplified chars only (none of them is a key of the traditional→simplified map), so a title is its own key.
const ALPHABET = Array.from(
  '社保公积金身份证驾驶护照户口营业执照医疗查询办理申领换补江门市民政局港澳通行签注长辈模式婚姻登记养老失业生育居住不动产权'
)

const titleArb = fc.array(fc.constantFrom(...ALPHABET), { minLength: 2, maxLength: 8 }).map((cs) => cs.join(''))
const docsArb = fc
  .uniqueArray(
    fc.record({
      title: titleArb,
      keywords: fc.array(titleArb, { maxLength: 2 }),
      boost: fc.integer({ min: 0, max: 5 })
    }),
    {
      minLength: 1,
      maxLength: 25,
      selector: (d) => d.title
    }
  )
  .map((list) => list.map((d, i): SearchDoc => ({ id: `d${i}`, kind: 'service', route: `/r/${i}`, ...d })))

const fullPinyin = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true }).join('')
const initials = (text: string) =>
  pinyin(text, { toneType: 'none', type: 'array', v: true })
    .map((s) => s[0])
    .join('')

function expectWellFormed(hits: SearchHit[]): void {
  for (const hit of hits) {
    let end = 0
    for (const [a, b] of hit.ranges) {
      expect(a).toBeGreaterThanOrEqual(end)
      expect(b).toBeGreaterThan(a)
      expect(b).toBeLessThanOrEqual(hit.doc.title.length)
      end = b
    }
    expect(TIER_ORDER).toContain(hit.tier)
  }
}

/** what the matched chars of a hit's reported term say, folded to a search key */
function matchedKey(hit: SearchHit): string {
  return hit.match.ranges.map(([a, b]) => toKey(hit.match.term.slice(a, b), null)).join('')
}

test('property: the reported match is one of the doc’s indexed terms, its ranges inside it', () => {
  fc.assert(
    fc.property(
      docsArb,
      fc.nat(),
      fc.nat(),
      fc.constantFrom('self', 'pinyin', 'initials', 'part'),
      (docs, pick, from, how) => {
        const s = createSearcher(buildSearchIndex(docs))
        const doc = docs[pick % docs.length]
        const terms = [doc.title, ...(doc.keywords ?? [])]
        const term = terms[from % terms.length]
        const query =
          how === 'pinyin'
            ? fullPinyin(term)
            : how === 'initials'
              ? initials(term)
              : how === 'part'
                ? term.slice(1)
                : term
        for (const hit of s.search(query, docs.length)) {
          const indexed = [hit.doc.title, ...(hit.doc.keywords ?? [])]
          expect(indexed).toContain(hit.match.term)
          if (hit.match.field === 'title') {
            expect(hit.match.term).toBe(hit.doc.title)
            expect(hit.match.ranges).toEqual(hit.ranges)
          } else {
            expect(hit.doc.keywords![hit.match.keyword!]).toBe(hit.match.term)
          }
          let end = 0
          for (const [a, b] of hit.match.ranges) {
            expect(a).toBeGreaterThanOrEqual(end)
            expect(b).toBeGreaterThan(a)
            expect(b).toBeLessThanOrEqual(hit.match.term.length)
            end = b
          }
          // literal tiers highlight exactly what was typed; a synonym what was searched instead
          if (['exact', 'prefix', 'contains'].includes(hit.tier) && hit.match.field === 'keyword')
            expect(matchedKey(hit)).toBe(toKey(query, null))
          if (hit.tier === 'synonym') {
            expect(hit.match.synonym).toBeDefined()
            expect(toKey(query, null)).toContain(hit.match.synonym!.typed)
          }
        }
      }
    ),
    { numRuns: 150 }
  )
})

test('the alphabet is simplified-only', () => {
  const t2s = parseCharMap(buildSearchIndex([{ id: 'a', kind: 'k', title: ALPHABET.join(''), route: '' }]).t2s)
  expect(ALPHABET.filter((c) => t2s.has(c))).toEqual([])
})

test('property: a doc’s own title finds it first, tier exact, fully highlighted', () => {
  fc.assert(
    fc.property(docsArb, fc.nat(), (docs, pick) => {
      const s = createSearcher(buildSearchIndex(docs))
      const doc = docs[pick % docs.length]
      const hit = s.search(doc.title)[0]
      expect(hit.doc.id).toBe(doc.id)
      expect(hit.tier).toBe('exact')
      expect(hit.ranges).toEqual([[0, doc.title.length]])
    }),
    { numRuns: 60 }
  )
})

test('property: a doc’s full pinyin and its initials find it', () => {
  fc.assert(
    fc.property(docsArb, fc.nat(), (docs, pick) => {
      const s = createSearcher(buildSearchIndex(docs))
      const doc = docs[pick % docs.length]
      const byPinyin = s.search(fullPinyin(doc.title), docs.length).find((h) => h.doc.id === doc.id)
      expect(byPinyin?.ranges).toEqual([[0, doc.title.length]])
      const byInitials = s.search(initials(doc.title), docs.length).find((h) => h.doc.id === doc.id)
      expect(byInitials).toBeDefined()
    }),
    { numRuns: 60 }
  )
})

test('property: every prefix of a title’s pinyin, as typed, keeps finding the doc', () => {
  fc.assert(
    fc.property(docsArb, fc.nat(), (docs, pick) => {
      const s = createSearcher(buildSearchIndex(docs))
      const doc = docs[pick % docs.length]
      const py = fullPinyin(doc.title)
      for (let i = 1; i <= py.length; i++) {
        expect(s.search(py.slice(0, i), docs.length).map((h) => h.doc.id)).toContain(doc.id)
      }
    }),
    { numRuns: 20 }
  )
})

test('property: search never throws on arbitrary input; hits are well formed and ordered', () => {
  const s = searcher()
  const queryArb = fc.oneof(
    fc.fullUnicodeString({ maxLength: 30 }),
    fc.stringOf(fc.constantFrom(...'shebaogjjzhx社保會險 ·，ＡＢ1２'.split('')), { maxLength: 20 }),
    fc.string({ maxLength: 200 })
  )
  fc.assert(
    fc.property(queryArb, fc.integer({ min: -3, max: 40 }), (q, limit) => {
      const hits = s.search(q, limit)
      expectWellFormed(hits)
      const order = hits.map((h) => TIER_ORDER.indexOf(h.tier))
      expect(order).toEqual([...order].sort((a, b) => a - b))
      expect(new Set(hits.map((h) => h.doc.id)).size).toBe(hits.length)
    }),
    { numRuns: 400 }
  )
})

test('property: results are the same after a JSON round trip of the index', () => {
  fc.assert(
    fc.property(
      docsArb,
      fc.array(fc.oneof(titleArb, fc.constantFrom('sb', 'shebao', 'gjj', 'zhao'))),
      (docs, queries) => {
        const index = buildSearchIndex(docs)
        const a = createSearcher(index)
        const b = createSearcher(JSON.parse(JSON.stringify(index)))
        for (const q of queries) expect(b.search(q)).toEqual(a.search(q))
      }
    ),
    { numRuns: 30 }
  )
})

/** How a user might type one char: its initial, zh/ch/sh, or the whole syllable. */
function typings(syllable: string): string[] {
  const out = [syllable[0], syllable]
  if (/^[zcs]h./.test(syllable)) out.push(syllable.slice(0, 2))
  return out
}

test('property: any run of chars typed as initials, whole syllables or both finds the doc', () => {
  fc.assert(
    fc.property(
      docsArb,
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      (docs, pick, from, span, choices) => {
        const s = createSearcher(buildSearchIndex(docs))
        const doc = docs[pick % docs.length]
        const syllables = pinyin(doc.title, { toneType: 'none', type: 'array', v: true })
        const start = from % syllables.length
        const end = start + 1 + (span % (syllables.length - start))
        const parts: string[] = []
        for (let i = start; i < end; i++) {
          const options = typings(syllables[i])
          parts.push(options[choices[i - start] % options.length])
        }
        // The last char may also be cut anywhere: the user is still typing.
        const last = syllables[end - 1]
        if (choices[7] % 2) parts[parts.length - 1] = last.slice(0, 1 + (choices[6] % last.length))
        const query = parts.join('')
        const hit = s.search(query, docs.length).find((h) => h.doc.id === doc.id)
        expect(hit).toBeDefined()
      }
    ),
    { numRuns: 300 }
  )
})

test('property: the top k are exactly the first k of a longer list (early exits lose nothing)', () => {
  // A crowded catalogue over few chars, so queries match many docs in every tier.
  const small = Array.from('社保公积金查询办理卡')
  const crowdedArb = fc
    .array(
      fc.record({
        title: fc.array(fc.constantFrom(...small), { minLength: 2, maxLength: 7 }).map((c) => c.join('')),
        boost: fc.integer({ min: 0, max: 3 })
      }),
      {
        minLength: 30,
        maxLength: 120
      }
    )
    .map((list) => list.map((d, i): SearchDoc => ({ id: `d${i}`, kind: 'k', route: '', ...d })))
  const queryArb = fc.oneof(
    fc.array(fc.constantFrom(...small), { minLength: 1, maxLength: 4 }).map((c) => c.join('')),
    fc.constantFrom(
      's',
      'sb',
      'sheb',
      'shebao',
      'gjj',
      'gong',
      'cx',
      'kacha',
      '社bao',
      'jin',
      'banli',
      'gongjijinn',
      'shebap'
    )
  )
  fc.assert(
    fc.property(crowdedArb, queryArb, fc.integer({ min: 1, max: 10 }), (docs, q, k) => {
      const s = createSearcher(buildSearchIndex(docs))
      expect(s.search(q, k)).toEqual(s.search(q, 1000).slice(0, k))
    }),
    { numRuns: 150 }
  )
})
