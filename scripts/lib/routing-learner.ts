// Learns the character n-gram weights of 智能分派 at build time (→ src/generated/routing-model.json) from the
// tuning set, tests/unit/core/appeals/fixtures/routing-labelled.json. The holdout set beside it is never
// read here: it measures the model, so nothing may be fitted to it.
//
// The model is a multinomial logistic regression without intercepts over the units: one weight per
// (n-gram, unit), plus one shared factor for the hand-picked keyword score of routing.json. Appeals labelled
// for manual dispatch are trained towards the uniform distribution, so words that say nothing about the
// unit ("麻烦回个电话") learn to say nothing. AdaGrad with an L2 penalty, a fixed number of epochs and a
// seeded order keep it small, fast and deterministic. The confidence threshold is calibrated by k-fold
// cross-validation within the tuning set, repeated over differently seeded splits: the lowest threshold at
// which at most `maxWrongUnitRate` of the held-out appeals reach a wrong unit, evaluated with the classifier
// the app runs (routeAppeal).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as OpenCC from 'opencc-js'
import type { CategoryTree } from '../../src/core/appeals/categories'
import {
  encodeWeights,
  foldRoutingText,
  keywordSignals,
  routeAppeal,
  routingFeatures,
  signalScores,
  softmax,
  tableTerms,
  toRoutingTable,
  UNIT_LETTERS,
  type LearnedRouting,
  type LearningOptions,
  type RoutingInput,
  type RoutingModel,
  type RoutingTable
} from '../../src/core/appeals/routing'
import type { AppealUnit } from '../../src/core/appeals/types'
import type { CityId, District } from '../../src/core/domain'

export interface LabelledAppeal {
  text: string
  tags?: string[]
  categoryCode?: string
  city?: CityId
  district?: District
  unitId: string
}

export interface Calibration {
  folds: number
  /** how many differently seeded k-fold splits the figures are averaged over */
  repeats: number
  /** Jiangmen appeals of the tuning set used for learning and cross-validation */
  n: number
  threshold: number
  /** cross-validated, at the threshold: right unit (or manual where manual is right) */
  accuracy: number
  wrongUnit: number
  manual: number
  /** cross-validated with no threshold: the best unit every time (manual dispatch only with no evidence) */
  unthresholded: number
  grams: number
}

const root = path.resolve(__dirname, '..', '..')
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'))

export const TUNING_SET = 'tests/unit/core/appeals/fixtures/routing-labelled.json'

export function loadRoutingSources(): {
  table: RoutingTable
  categories: CategoryTree
  units: AppealUnit[]
  labelled: LabelledAppeal[]
} {
  return {
    table: toRoutingTable(readJson('src/data/appeals/routing.json')),
    categories: readJson('src/data/appeals/categories.json') as CategoryTree,
    units: readJson('src/data/appeals/units.json') as AppealUnit[],
    labelled: readJson(TUNING_SET) as LabelledAppeal[]
  }
}

const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' })
const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' })
const toVariants = [
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 't' })
]

/**
 * 繁體 and variant characters → 简体, from the texts and terms themselves: each is converted to 简体 and to
 * the Hong Kong, Taiwan and OpenCC traditional forms, and every character that differs gives a pair; a
 * variant seen with several 简体 characters keeps the most frequent one.
 */
export function buildFold(strings: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  const count = (variant: string, simple: string) => {
    const m = counts.get(variant) ?? new Map<string, number>()
    m.set(simple, (m.get(simple) ?? 0) + 1)
    counts.set(variant, m)
  }
  for (const text of strings) {
    const simple = Array.from(fromTw(fromHk(text)))
    for (const form of [text, ...toVariants.map((convert) => convert(simple.join('')))]) {
      const chars = Array.from(form)
      if (chars.length !== simple.length) continue
      chars.forEach((c, i) => c !== simple[i] && count(c, simple[i]))
    }
  }
  const fold = new Map<string, string>()
  for (const [variant, m] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [best] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    fold.set(variant, best[0])
  }
  return fold
}

const foldString = (fold: Map<string, string>): string => [...fold].map(([v, s]) => v + s).join('')

interface Example {
  grams: string[]
  /** keyword score per unit, in the model's unit order */
  keyword: number[]
  /** target distribution over the units */
  target: number[]
}

const inputOf = (a: LabelledAppeal): RoutingInput => ({
  text: a.text,
  tags: a.tags ?? [],
  categoryCode: a.categoryCode,
  city: a.city ?? 'jiangmen',
  district: a.district
})

/** A seeded linear congruential generator: the same order on every machine. */
function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

interface Context {
  table: RoutingTable
  categories: CategoryTree
  units: AppealUnit[]
  /** the units the model chooses between: Jiangmen's departments, not the 12345 centres */
  classes: string[]
  fold: string
}

function example(a: LabelledAppeal, ctx: Context): Example {
  const probe: LearnedRouting = {
    version: 2,
    units: ctx.classes,
    keywordWeight: 1,
    threshold: 1,
    ngram: ctx.table.learning.ngram,
    fold: ctx.fold,
    grams: {}
  }
  const folded = foldRoutingText(a.text, probe)
  const scores = signalScores(keywordSignals(folded, inputOf(a), ctx))
  const manual = a.unitId === ctx.table.fallbackUnitId
  return {
    grams: [...routingFeatures(folded, ctx.table, ctx.table.learning.ngram).keys()],
    keyword: ctx.classes.map((u) => scores.get(u) ?? 0),
    target: ctx.classes.map((u) => (manual ? 1 / ctx.classes.length : u === a.unitId ? 1 : 0))
  }
}

/**
 * One run of AdaGrad over the examples. `mask`, when given, fixes which (feature, unit) weights may be
 * non-zero; without it every weight of a feature with enough support is free.
 */
function fit(
  examples: Example[],
  ctx: Context,
  mask?: Map<string, Uint8Array>
): { weights: Map<string, Float64Array>; alpha: number } {
  const { minSupport, l2, epochs, rate } = ctx.table.learning
  const k = ctx.classes.length
  const support = new Map<string, number>()
  for (const e of examples) for (const g of e.grams) support.set(g, (support.get(g) ?? 0) + 1)
  // the table's terms are learned however rarely the tuning set shows them; other features need
  // minSupport texts
  const terms = tableTerms(ctx.table)
  const free = new Uint8Array(k).fill(1)
  const weights = new Map<string, Float64Array>()
  const squares = new Map<string, Float64Array>()
  for (const [g, n] of support) {
    if (mask ? !mask.has(g) : n < minSupport && !terms.has(g)) continue
    weights.set(g, new Float64Array(k))
    squares.set(g, new Float64Array(k).fill(1e-8))
  }
  let alpha = 1
  let alphaSquares = 1e-8
  const random = seeded(12345)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const e of shuffled(examples, random)) {
      const active = e.grams.filter((g) => weights.has(g))
      const z = e.keyword.map((s) => alpha * s)
      for (const g of active) {
        const w = weights.get(g)!
        for (let u = 0; u < k; u++) z[u] += w[u]
      }
      const p = softmax(z)
      const grad = p.map((x, u) => x - e.target[u])
      for (const g of active) {
        const w = weights.get(g)!
        const sq = squares.get(g)!
        const open = mask?.get(g) ?? free
        for (let u = 0; u < k; u++) {
          if (!open[u]) continue
          const d = grad[u] + l2 * w[u]
          sq[u] += d * d
          w[u] -= (rate * d) / Math.sqrt(sq[u])
        }
      }
      const da = grad.reduce((sum, d, u) => sum + d * e.keyword[u], 0)
      alphaSquares += da * da
      alpha -= (rate * da) / Math.sqrt(alphaSquares)
    }
  }
  return { weights, alpha }
}

/**
 * The value most units share (0 on a tie), stored once as the n-gram's base weight: a word that speaks
 * against most units (位 in everything but 学位) otherwise stores one negative weight for each of them.
 */
function commonest(values: number[]): number {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best = 0
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && v === 0)) best = v
  return best
}

/**
 * Trains, keeps the weights of at least minWeight, and trains again with only those free, so the small
 * model that ships is fitted as a whole rather than cut from a larger one.
 */
function train(examples: Example[], ctx: Context, threshold: number): LearnedRouting {
  const { minWeight, ngram } = ctx.table.learning
  const first = fit(examples, ctx)
  const mask = new Map<string, Uint8Array>()
  for (const [g, w] of first.weights) {
    const open = Uint8Array.from(w, (x) => (Math.abs(x) >= minWeight ? 1 : 0))
    if (open.some((x) => x)) mask.set(g, open)
  }
  const { weights, alpha } = fit(examples, ctx, mask)
  const grams: Record<string, string> = {}
  for (const [g, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const tenths = Array.from(w, (x, u) => (mask.get(g)![u] ? Math.round(x * 10) : 0))
    const base = commonest(tenths)
    const pairs: [number, number][] = []
    tenths.forEach((x, u) => x !== base && pairs.push([u, x]))
    if (pairs.length || base) grams[g] = encodeWeights(pairs, base)
  }
  return {
    version: 2,
    units: ctx.classes,
    keywordWeight: Math.round(alpha * 1000) / 1000,
    threshold,
    ngram,
    fold: ctx.fold,
    grams
  }
}

/** Only the fold pairs whose 简体 character occurs in a kept n-gram or a term of the table. */
function pruneFold(model: LearnedRouting, table: RoutingTable): LearnedRouting {
  const used = new Set<string>()
  for (const g of Object.keys(model.grams)) for (const c of g) used.add(c)
  for (const list of Object.values(table.terms)) for (const [term] of list) for (const c of term) used.add(c)
  const pairs = Array.from(model.fold)
  let fold = ''
  for (let i = 0; i + 1 < pairs.length; i += 2) if (used.has(pairs[i + 1])) fold += pairs[i] + pairs[i + 1]
  return { ...model, fold }
}

/** One held-out appeal: the confidence, the proposed unit at a tiny threshold, the expected unit. */
interface Held {
  confidence: number
  unitId: string | null
  expected: string
}

/**
 * k-fold cross-validation, repeated with differently seeded folds: (confidence, proposed unit, expected
 * unit) of every held-out appeal in every repeat. One split puts the threshold where a handful of
 * confidences near the boundary happen to fall; several average that luck out.
 */
function crossValidate(labelled: LabelledAppeal[], examples: Example[], ctx: Context): Held[] {
  const { repeats } = ctx.table.learning
  const out: Held[] = []
  for (let r = 0; r < repeats; r++) out.push(...crossValidateOnce(labelled, examples, ctx, 7 + r))
  return out
}

function crossValidateOnce(labelled: LabelledAppeal[], examples: Example[], ctx: Context, seed: number): Held[] {
  const { folds } = ctx.table.learning
  const order = shuffled(
    labelled.map((_, i) => i),
    seeded(seed)
  )
  const foldOf = new Array<number>(labelled.length)
  order.forEach((index, rank) => (foldOf[index] = rank % folds))
  const out: Held[] = []
  for (let f = 0; f < folds; f++) {
    // a tiny threshold: every proposal with any lead is kept, so the calibration can choose
    const learned = train(
      examples.filter((_, i) => foldOf[i] !== f),
      ctx,
      1e-9
    )
    const model: RoutingModel = { table: ctx.table, learned, categories: ctx.categories, units: ctx.units }
    labelled.forEach((a, i) => {
      if (foldOf[i] !== f) return
      const r = routeAppeal(inputOf(a), model)
      out.push({ confidence: r.confidence, unitId: r.unitId, expected: a.unitId })
    })
  }
  return out
}

function calibrate(results: Held[], ctx: Context): Omit<Calibration, 'folds' | 'repeats' | 'grams'> {
  const { maxWrongUnitRate } = ctx.table.learning
  const n = results.length
  const at = (t: number) => {
    let right = 0
    let wrong = 0
    let manual = 0
    for (const r of results) {
      const unit = r.unitId && r.confidence >= t ? r.unitId : ctx.table.fallbackUnitId
      if (unit === r.expected) right++
      if (unit === ctx.table.fallbackUnitId) manual++
      else if (unit !== r.expected) wrong++
    }
    return { right, wrong, manual }
  }
  const candidates = [...new Set(results.map((r) => r.confidence).filter((c) => c > 0))].sort((a, b) => a - b)
  let threshold = candidates[candidates.length - 1] ?? 1
  for (const t of candidates) {
    if (at(t).wrong <= maxWrongUnitRate * n) {
      threshold = t
      break
    }
  }
  const { right, wrong, manual } = at(threshold)
  const r3 = (x: number) => Math.round(x * 1000) / 1000
  return {
    n,
    threshold,
    accuracy: r3(right / n),
    wrongUnit: r3(wrong / n),
    manual: r3(manual / n),
    unthresholded: r3(at(0).right / n)
  }
}

/** The learning context and examples of a tuning set (the fixture unless given), with options overridden. */
function prepare(
  overrides: Partial<LearningOptions>,
  tuningSet: LabelledAppeal[] | undefined
): { ctx: Context; labelled: LabelledAppeal[]; examples: Example[] } {
  const sources = loadRoutingSources()
  const table = { ...sources.table, learning: { ...sources.table.learning, ...overrides } }
  const { categories, units } = sources
  const all = tuningSet ?? sources.labelled
  // appeals about Shenzhen or Zhongshan go to that city's 12345 whatever they say: nothing to learn there
  const labelled = all.filter((a) => (a.city ?? 'jiangmen') === 'jiangmen')
  const classes = units.filter((u) => u.city === 'jiangmen' && u.id !== table.fallbackUnitId).map((u) => u.id)
  if (classes.length > UNIT_LETTERS.length) throw new Error(`routing: more than ${UNIT_LETTERS.length} units`)
  const terms = Object.values(table.terms).flatMap((list) => list.map(([t]) => t))
  const fold = foldString(buildFold([...labelled.map((a) => a.text), ...terms]))
  const ctx: Context = { table, categories, units, classes, fold }
  return { ctx, labelled, examples: labelled.map((a) => example(a, ctx)) }
}

/** A model fitted on `tuningSet` without calibration (every proposal with any lead kept), for experiments. */
export function fitRouting(overrides: Partial<LearningOptions>, tuningSet: LabelledAppeal[]): LearnedRouting {
  const { ctx, examples } = prepare(overrides, tuningSet)
  return pruneFold(train(examples, ctx, 1e-9), ctx.table)
}

/** The learned model and its calibration report (the app imports only the first). */
export function learnRouting(
  overrides: Partial<LearningOptions> = {},
  tuningSet?: LabelledAppeal[]
): {
  learned: LearnedRouting
  calibration: Calibration
} {
  const { ctx, labelled, examples } = prepare(overrides, tuningSet)
  const { table } = ctx
  const calibration = calibrate(crossValidate(labelled, examples, ctx), ctx)
  const learned = pruneFold(train(examples, ctx, calibration.threshold), table)
  return {
    learned,
    calibration: {
      folds: table.learning.folds,
      repeats: table.learning.repeats,
      ...calibration,
      n: labelled.length,
      grams: Object.keys(learned.grams).length
    }
  }
}

/** Files for src/generated/: the model the app ships, and the calibration the bench reports. */
export function buildRoutingModel(): [string, string][] {
  const { learned, calibration } = learnRouting()
  return [
    ['routing-model.json', JSON.stringify(learned)],
    ['routing-calibration.json', JSON.stringify(calibration, null, 1) + '\n']
  ]
}
