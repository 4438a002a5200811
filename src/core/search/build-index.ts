// Build-time only (node scripts and tests): pulls in pinyin-pro and opencc-js, which must never
// reach the mini-program bundle. The runtime reads the plain JSON this produces.
import { pinyin } from 'pinyin-pro'
import * as OpenCC from 'opencc-js'
import { isHanCode, parseCharMap, toKey, type CharMap } from './normalize'
import { SYNONYM_GROUPS } from './synonyms'
import type { SearchDoc, SearchIndex, SearchIndexRow } from './types'

let fullT2s: Map<string, string> | null = null

/** Every single-char traditional→simplified mapping OpenCC knows (hk, tw and OpenCC standard forms). */
function allTraditionalPairs(): Map<string, string> {
  if (fullT2s) return fullT2s
  const chars: string[] = []
  for (const [from, to] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff]
  ]) {
    for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c))
  }
  // Newlines keep OpenCC's phrase rules from firing across unrelated neighbouring chars.
  const text = chars.join('\n')
  const map = new Map<string, string>()
  for (const from of ['hk', 'tw', 't'] as const) {
    const out = OpenCC.Converter({ from, to: 'cn' })(text).split('\n')
    if (out.length !== chars.length) continue
    for (let i = 0; i < chars.length; i++) {
      const s = out[i]
      if (s.length === 1 && s !== chars[i] && !map.has(chars[i])) map.set(chars[i], s)
    }
  }
  fullT2s = map
  return map
}

function addHanChars(text: string, into: Set<string>): void {
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) into.add(text[i])
}

/** Pairs "tsts…" for the traditional forms of the chars that can actually match something. */
function traditionalPairsFor(docs: SearchDoc[]): string {
  const wanted = new Set<string>()
  for (const d of docs) {
    addHanChars(d.title, wanted)
    d.keywords?.forEach((k) => addHanChars(k, wanted))
  }
  SYNONYM_GROUPS.forEach((g) => g.forEach((t) => addHanChars(t, wanted)))
  let pairs = ''
  for (const [t, s] of allTraditionalPairs()) if (wanted.has(s)) pairs += t + s
  return pairs
}

function syllablesOf(key: string): string[] {
  if (!key) return []
  let syl = pinyin(key, { toneType: 'none', type: 'array', v: true })
  // pinyin-pro keeps one item per char for our alphabet; fall back to char-by-char if it ever doesn't.
  if (syl.length !== key.length) syl = Array.from(key, (c) => pinyin(c, { toneType: 'none', v: true }))
  return syl.map((s, i) => {
    const clean = s.toLowerCase().replace(/ü/g, 'v')
    return /^[a-z0-9]+$/.test(clean) ? clean : key[i]
  })
}

function fieldsPinyin(doc: SearchDoc, t2s: CharMap, cache: Map<string, string>): string {
  const fields = [toKey(doc.title, t2s)]
  for (const k of doc.keywords ?? []) {
    const key = toKey(k, t2s)
    if (key) fields.push(key)
  }
  return fields
    .map((key) => {
      // Aliases repeat across docs (社保, 公积金…); pinyin-pro is the slow part of a build.
      let py = cache.get(key)
      if (py === undefined) cache.set(key, (py = syllablesOf(key).join(' ')))
      return py
    })
    .join('|')
}

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const t2sPairs = traditionalPairsFor(docs)
  const t2s = parseCharMap(t2sPairs)
  const kinds: string[] = []
  const kindIndex = new Map<string, number>()
  const pinyinCache = new Map<string, string>()
  const rows = docs.map((d): SearchIndexRow => {
    let kind = kindIndex.get(d.kind)
    if (kind === undefined) {
      kind = kinds.push(d.kind) - 1
      kindIndex.set(d.kind, kind)
    }
    const row: SearchIndexRow = [
      d.id,
      kind,
      d.title,
      d.route,
      fieldsPinyin(d, t2s, pinyinCache),
      d.keywords ?? [],
      d.boost ?? 0,
      d.subtitle ?? '',
      d.crossCity ?? []
    ]
    // Drop trailing defaults: most docs have no subtitle or boost, and every byte ships.
    while (row.length > 5) {
      const last = row[row.length - 1]
      if (last === '' || last === 0 || (Array.isArray(last) && last.length === 0)) row.pop()
      else break
    }
    return row
  })
  return { v: 1, kinds, rows, t2s: t2sPairs }
}
