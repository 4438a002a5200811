// 智能分派: proposes the handling unit for an appeal, and says which words decided it.
// Two kinds of weight add up per unit, both data:
//  - the keyword score: the hand-picked terms of routing.json found in the text and the chosen tags, plus
//    a prior for the chosen category's default unit, times one factor learned at build time;
//  - learned weights of the text's character n-grams and of the table's terms found in it, learned at
//    build time from the labelled appeals (scripts/lib/routing-learner.ts → src/generated/routing-model.json),
//    so wording the table never listed still counts, and a term that misleads can be outweighed.
// A softmax over the units turns the scores into probabilities; the confidence is the lead of the best
// unit over the next. Below the threshold calibrated at build time (on held-out folds of the labelled set,
// so that few appeals reach a wrong unit) the 12345 centre dispatches by hand: a wrong unit costs more than
// manual dispatch. The evidence is the stretches of text whose n-grams and terms pushed the chosen unit,
// overlapping ones merged, so the citizen sees words rather than fragments.
import type { AppealUnit, RoutingResult } from './types'
import type { CityId, District } from '../domain'
import { findCategory, type CategoryTree } from './categories'
import { foldTagText } from './tags'

/** How the build learns and calibrates the n-gram weights (read by scripts/lib/routing-learner.ts). */
export interface LearningOptions {
  /** shortest and longest character n-gram */
  ngram: [number, number]
  /** an n-gram is learned only when at least this many labelled texts contain it */
  minSupport: number
  /** L2 penalty per example and epoch */
  l2: number
  epochs: number
  /** AdaGrad step size */
  rate: number
  /** learned weights smaller than this are dropped from the shipped model */
  minWeight: number
  /** cross-validation folds used to calibrate the threshold */
  folds: number
  /** differently seeded k-fold splits whose held-out results the threshold is calibrated on together */
  repeats: number
  /** the threshold is the lowest at which at most this share of held-out appeals reaches a wrong unit */
  maxWrongUnitRate: number
}

/** The parsed routing table. */
export interface RoutingTable {
  version: number
  /** keyword score added to the chosen leaf category's default unit */
  categoryPrior: number
  /** multiplier for terms found in the chosen tags (an explicit choice counts more than prose) */
  tagFactor: number
  /** the 12345 centre itself; a category defaulting to it adds no prior */
  fallbackUnitId: string
  /** cities other than Jiangmen whose own 12345 takes appeals about matters there */
  crossCity: Partial<Record<CityId, string>>
  /** unit id → the kind of department, reported for cross-city appeals */
  kinds: Record<string, string>
  /** a stretch of text is evidence when it carries at least this share of the strongest stretch's weight */
  evidenceMinShare: number
  learning: LearningOptions
  /** unit id → [term, weight]; a negative weight counts against the unit */
  terms: Record<string, [string, number][]>
}

/** What the build learned (src/generated/routing-model.json). */
export interface LearnedRouting {
  version: 2
  /** the units the model chooses between, in tie-breaking order */
  units: string[]
  /** factor applied to the keyword score before it joins the n-gram weights */
  keywordWeight: number
  /** confidence below which the unit is null (manual dispatch) */
  threshold: number
  ngram: [number, number]
  /** pairs of characters, variant then 简体 ('樓楼髮发…'): 繁體 and variant forms of the model's characters */
  fold: string
  /**
   * n-gram or term → its weights, each a unit's letter (UNIT_LETTERS[index]) and the weight × 10 as a signed
   * integer: 'c7f-3' is +0.7 for units[2] and −0.3 for units[5] (a third smaller than a JSON array of pairs).
   * A leading number is the weight of every unit not listed: '-4i0m2' is −0.4 for all but units[8] (0) and
   * units[12] (+0.2), so a word that speaks against most units stores one weight, not one for each
   */
  grams: Record<string, string>
}

/** Unit index → its letter in the encoded weights; a model chooses between at most 52 units. */
export const UNIT_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const WEIGHT_CODE = /^(?:-?\d+)?(?:[a-zA-Z]-?\d+)*$/

/** The encoded weights of one n-gram: (unit index, weight × 10) pairs → 'c7f-3'; `base` × 10 for the rest. */
export function encodeWeights(pairs: [number, number][], base = 0): string {
  return (base ? String(base) : '') + pairs.map(([unit, w10]) => UNIT_LETTERS[unit] + String(w10)).join('')
}

/**
 * 'c7f-3' → [[2, 0.7], [5, −0.3]]: unit index and weight; with a leading base ('-4i0m2'), every one of the
 * `unitCount` units not listed gets the base, in unit order.
 */
export function decodeWeights(code: string, unitCount = 0): [number, number][] {
  const pairs: [number, number][] = []
  const pattern = /([a-zA-Z])(-?\d+)/g
  for (let m = pattern.exec(code); m; m = pattern.exec(code))
    pairs.push([UNIT_LETTERS.indexOf(m[1]), Number(m[2]) / 10])
  const base = /^-?\d+/.exec(code)
  if (!base) return pairs
  const listed = new Set(pairs.map(([u]) => u))
  for (let u = 0; u < unitCount; u++) if (!listed.has(u)) pairs.push([u, Number(base[0]) / 10])
  return pairs.sort((x, y) => x[0] - y[0])
}

export interface RoutingModel {
  table: RoutingTable
  learned: LearnedRouting
  categories: CategoryTree
  units: AppealUnit[]
}

export interface RoutingInput {
  text: string
  tags: string[]
  categoryCode?: string
  city: CityId
  /** not used for the department today; kept so district-level units can be added as data */
  district?: District
}

type Evidence = RoutingResult['evidence'][number]

interface TermIndex {
  /** longest first, so longer terms claim their characters before their substrings */
  terms: string[]
  units: Map<string, { unitId: string; weight: number }[]>
}

/** Checks the shape of a parsed routing.json (JSON tuples arrive as plain arrays) and types it. */
export function toRoutingTable(raw: unknown): RoutingTable {
  const t = raw as RoutingTable
  const l = t?.learning
  const ok =
    !!t &&
    typeof t.categoryPrior === 'number' &&
    typeof t.tagFactor === 'number' &&
    typeof t.evidenceMinShare === 'number' &&
    typeof t.terms === 'object' &&
    !!l &&
    Array.isArray(l.ngram) &&
    l.ngram.length === 2 &&
    [l.minSupport, l.l2, l.epochs, l.rate, l.minWeight, l.folds, l.repeats, l.maxWrongUnitRate].every(
      (x) => typeof x === 'number'
    ) &&
    Object.values(t.terms).every(
      (list) => Array.isArray(list) && list.every((e) => typeof e[0] === 'string' && typeof e[1] === 'number')
    )
  if (!ok) throw new Error('routing table: unexpected shape')
  return t
}

/** Checks the shape of the generated model and types it. */
export function toLearnedRouting(raw: unknown): LearnedRouting {
  const m = raw as LearnedRouting
  const ok =
    !!m &&
    m.version === 2 &&
    Array.isArray(m.units) &&
    m.units.length <= UNIT_LETTERS.length &&
    typeof m.keywordWeight === 'number' &&
    typeof m.threshold === 'number' &&
    typeof m.fold === 'string' &&
    typeof m.grams === 'object' &&
    Object.values(m.grams).every(
      (code) =>
        typeof code === 'string' && WEIGHT_CODE.test(code) && decodeWeights(code).every(([u]) => u < m.units.length)
    )
  if (!ok) throw new Error('routing model: unexpected shape')
  return m
}

const indexCache = new WeakMap<RoutingTable, TermIndex>()

function termIndex(table: RoutingTable): TermIndex {
  const cached = indexCache.get(table)
  if (cached) return cached
  const units = new Map<string, { unitId: string; weight: number }[]>()
  for (const [unitId, list] of Object.entries(table.terms)) {
    for (const [raw, weight] of list) {
      const term = foldTagText(raw)
      if (!term) continue
      units.set(term, [...(units.get(term) ?? []), { unitId, weight }])
    }
  }
  const terms = [...units.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const index = { terms, units }
  indexCache.set(table, index)
  return index
}

/** Terms found in `text` with the position of their first occurrence; overlapping a claimed longer term skips. */
function findTerms(text: string, table: RoutingTable): { term: string; at: number }[] {
  const { terms } = termIndex(table)
  const claimed = new Array<boolean>(text.length).fill(false)
  const found: { term: string; at: number }[] = []
  for (const term of terms) {
    let first = -1
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      let free = true
      for (let i = at; i < at + term.length && free; i++) free = !claimed[i]
      if (!free) continue
      for (let i = at; i < at + term.length; i++) claimed[i] = true
      if (first < 0) first = at
    }
    if (first >= 0) found.push({ term, at: first })
  }
  return found
}

/** Terms found in `text`, each once; an occurrence overlapping an already claimed longer term is skipped. */
export function matchTerms(text: string, table: RoutingTable): string[] {
  return findTerms(text, table).map((f) => f.term)
}

const foldCache = new WeakMap<LearnedRouting, Map<string, string>>()

/** The text as the model reads it: tag folding (case, width, spaces), then 繁體 / variant characters to 简体. */
export function foldRoutingText(text: string, learned: LearnedRouting): string {
  let map = foldCache.get(learned)
  if (!map) {
    map = new Map()
    const pairs = Array.from(learned.fold)
    for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1])
    foldCache.set(learned, map)
  }
  const m = map
  return Array.from(foldTagText(text), (c) => m.get(c) ?? c).join('')
}

/** Punctuation, symbols and spaces end a run of text: no n-gram spans them. */
function isSeparator(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || c >= 0xff00
}

/**
 * The character n-grams of a folded text, each once, with the position (in characters) of its first
 * occurrence. The learner and the classifier both read texts through this function.
 */
export function textGrams(folded: string, [min, max]: [number, number]): Map<string, number> {
  const chars = Array.from(folded)
  const grams = new Map<string, number>()
  for (let start = 0; start < chars.length; start++) {
    for (let n = min; n <= max && start + n <= chars.length; n++) {
      if (isSeparator(chars[start + n - 1])) break
      if (n === min && chars.slice(start, start + n).some(isSeparator)) break
      const gram = chars.slice(start, start + n).join('')
      if (!grams.has(gram)) grams.set(gram, start)
    }
  }
  return grams
}

/** One signal for one unit: a stretch of the text (start, end in characters) or a labelled signal. */
export interface Signal {
  unitId: string
  weight: number
  span?: [number, number]
  label?: string
}

/**
 * What the model reads in a folded text: its character n-grams and the table's terms found in it (longest
 * first, as matchTerms finds them), each once, with the span (in characters) of its first occurrence.
 * The learner and the classifier both read texts through this function.
 */
export function routingFeatures(
  folded: string,
  table: RoutingTable,
  ngram: [number, number]
): Map<string, [number, number]> {
  const features = new Map<string, [number, number]>()
  for (const [gram, at] of textGrams(folded, ngram)) features.set(gram, [at, at + Array.from(gram).length])
  for (const { term, at } of findTerms(folded, table)) {
    const start = Array.from(folded.slice(0, at)).length
    features.set(term, [start, start + Array.from(term).length])
  }
  return features
}

/** The table's terms (folded) with their hand-picked weight per unit. */
export function tableTerms(table: RoutingTable): Map<string, { unitId: string; weight: number }[]> {
  return termIndex(table).units
}

/**
 * The keyword score's signals: terms of the table in the text and in the chosen tags (times tagFactor),
 * and the prior of the category's default unit. `folded` is the text as foldRoutingText returns it.
 */
export function keywordSignals(folded: string, input: RoutingInput, model: Omit<RoutingModel, 'learned'>): Signal[] {
  const { table } = model
  const { units: byTerm } = termIndex(table)
  const signals: Signal[] = []
  for (const { term, at } of findTerms(folded, table)) {
    const start = Array.from(folded.slice(0, at)).length
    for (const { unitId, weight } of byTerm.get(term) ?? [])
      signals.push({ unitId, weight, span: [start, start + Array.from(term).length] })
  }
  // tags are matched separately (joined by a separator no term contains) so a term never spans two tags
  for (const term of matchTerms(input.tags.map(foldTagText).join('|'), table)) {
    for (const { unitId, weight } of byTerm.get(term) ?? [])
      signals.push({ unitId, weight: weight * table.tagFactor, label: `标签：${term}` })
  }
  const category = input.categoryCode ? findCategory(model.categories, input.categoryCode) : undefined
  if (category?.unitId && category.unitId !== table.fallbackUnitId)
    signals.push({ unitId: category.unitId, weight: table.categoryPrior, label: `类别：${category.name}` })
  return signals
}

/** Score per unit (Σ of its signals). */
export function signalScores(signals: Signal[]): Map<string, number> {
  const scores = new Map<string, number>()
  for (const s of signals) scores.set(s.unitId, (scores.get(s.unitId) ?? 0) + s.weight)
  return scores
}

const weightCache = new WeakMap<LearnedRouting, Map<string, [number, number][]>>()

/** The learned signals of a folded text's features (each n-gram's weights decoded once per model). */
function learnedSignals(features: Map<string, [number, number]>, learned: LearnedRouting): Signal[] {
  let decoded = weightCache.get(learned)
  if (!decoded) weightCache.set(learned, (decoded = new Map()))
  const signals: Signal[] = []
  for (const [feature, span] of features) {
    const code = learned.grams[feature]
    if (code === undefined) continue
    let pairs = decoded.get(feature)
    if (!pairs) decoded.set(feature, (pairs = decodeWeights(code, learned.units.length)))
    for (const [unit, weight] of pairs) signals.push({ unitId: learned.units[unit], weight, span })
  }
  return signals
}

/** Softmax probabilities of scores (same order). */
export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores)
  const e = scores.map((s) => Math.exp(s - top))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((x) => x / sum)
}

/**
 * The stretches of text that pushed `unitId`: its positive signals of at least `minShare` of the strongest
 * one, overlapping ones merged into one stretch carrying their summed weight, plus the tag and category
 * signals; strongest first, at most 8. Weaker signals join no stretch, so a faint n-gram beside a term
 * (人乱 before 乱摆卖) does not turn the term into a fragment.
 */
function evidenceFor(unitId: string, signals: Signal[], folded: string, minShare: number): Evidence[] {
  const own = signals.filter((s) => s.unitId === unitId && s.weight > 0)
  const floor = Math.max(0, ...own.map((s) => s.weight)) * minShare
  const spans = own
    .filter((s) => s.span && s.weight >= floor)
    .map((s) => ({ start: s.span![0], end: s.span![1], weight: s.weight }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: { start: number; end: number; weight: number }[] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end)
      last.weight += s.weight
    } else merged.push({ ...s })
  }
  const chars = Array.from(folded)
  const items: Evidence[] = [
    ...merged.map((m) => ({ term: chars.slice(m.start, m.end).join(''), weight: m.weight })),
    ...own.filter((s) => s.label).map((s) => ({ term: s.label!, weight: s.weight }))
  ]
  const strongest = Math.max(0, ...items.map((e) => e.weight))
  const byTerm = new Map<string, number>()
  for (const e of items) if (e.weight >= strongest * minShare) byTerm.set(e.term, (byTerm.get(e.term) ?? 0) + e.weight)
  return [...byTerm]
    .map(([term, weight]) => ({ term, weight: round(weight, 100) }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, 8)
}

/**
 * Score per unit = keywordWeight × keyword score + Σ learned weights of the text's n-grams. With p1 ≥ p2
 * the two highest softmax probabilities, confidence = p1 − p2, in [0, 1): a tie gives 0. Ties between
 * units break by the model's unit order, so the result is deterministic.
 */
export function routeAppeal(input: RoutingInput, model: RoutingModel): RoutingResult {
  const { table, learned } = model
  const folded = foldRoutingText(input.text, learned)
  const signals = [
    ...keywordSignals(folded, input, model).map((s) => ({ ...s, weight: s.weight * learned.keywordWeight })),
    ...learnedSignals(routingFeatures(folded, table, learned.ngram), learned)
  ]
  const scores = signalScores(signals)
  const z = learned.units.map((u) => scores.get(u) ?? 0)
  const p = softmax(z)
  const ranked = learned.units.map((_, i) => i).sort((a, b) => z[b] - z[a] || a - b)
  const [top, second] = ranked
  const topUnit = learned.units[top]
  const terms = evidenceFor(topUnit, signals, folded, table.evidenceMinShare)
  // a unit nothing in the appeal speaks for is no proposal, whatever the other units' scores
  const confidence = terms.length ? round(Math.max(0, p[top] - p[second]), 1000) : 0

  const cityUnit = table.crossCity[input.city]
  if (input.city !== 'jiangmen' && cityUnit) {
    const cityName = model.units.find((u) => u.id === cityUnit)?.name ?? input.city
    const lead = Math.max(round(z[top], 100), terms[0]?.weight ?? 0)
    const kind = terms.length ? [{ term: `对口部门：${table.kinds[topUnit] ?? topUnit}`, weight: lead }] : []
    return {
      unitId: cityUnit,
      city: input.city,
      confidence: 1,
      evidence: [{ term: `跨市：${cityName}`, weight: lead + 1 }, ...kind, ...terms]
    }
  }
  const unitId = confidence >= learned.threshold ? topUnit : null
  return { unitId, city: input.city, confidence, evidence: terms }
}

const round = (x: number, scale: number): number => Math.round(x * scale) / scale
