// 智能分派: a transparent keyword classifier proposing the handling unit for an appeal.
// Everything that decides routing is data (routing.json): terms and weights per unit, the category
// prior, the tag factor, the threshold. The code only adds up what matched, so every proposal can be
// explained to the citizen term by term.
import type { AppealUnit, RoutingResult } from './types'
import type { CityId, District } from '../domain'
import { findCategory, type CategoryTree } from './categories'
import { foldTagText } from './tags'

/** The parsed routing table. */
export interface RoutingTable {
  version: number
  /** below this confidence the unit is null: the 12345 centre dispatches by hand */
  threshold: number
  /** k in the confidence formula (s1 - s2) / (s1 + k): the score at which a lone unit reaches 0.5 */
  confidenceK: number
  /** weight added to the chosen leaf category's default unit */
  categoryPrior: number
  /** multiplier for terms found in the chosen tags (an explicit choice counts more than prose) */
  tagFactor: number
  /** the 12345 centre itself; a category defaulting to it adds no prior */
  fallbackUnitId: string
  /** cities other than Jiangmen whose own 12345 takes appeals about matters there */
  crossCity: Partial<Record<CityId, string>>
  /** unit id → the kind of department, reported for cross-city appeals */
  kinds: Record<string, string>
  /** unit id → [term, weight]; a negative weight counts against the unit */
  terms: Record<string, [string, number][]>
}

export interface RoutingModel {
  table: RoutingTable
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
  const ok =
    !!t &&
    typeof t.threshold === 'number' &&
    typeof t.confidenceK === 'number' &&
    typeof t.categoryPrior === 'number' &&
    typeof t.tagFactor === 'number' &&
    typeof t.terms === 'object' &&
    Object.values(t.terms).every(
      (list) => Array.isArray(list) && list.every((e) => typeof e[0] === 'string' && typeof e[1] === 'number')
    )
  if (!ok) throw new Error('routing table: unexpected shape')
  return t
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

/** Terms found in `text`, each once; an occurrence overlapping an already claimed longer term is skipped. */
export function matchTerms(text: string, table: RoutingTable): string[] {
  const { terms } = termIndex(table)
  const claimed = new Array<boolean>(text.length).fill(false)
  const found: string[] = []
  for (const term of terms) {
    let hit = false
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      let free = true
      for (let i = at; i < at + term.length && free; i++) free = !claimed[i]
      if (!free) continue
      for (let i = at; i < at + term.length; i++) claimed[i] = true
      hit = true
    }
    if (hit) found.push(term)
  }
  return found
}

/**
 * Score per unit = Σ weights of matched text terms + tagFactor × Σ weights of terms in the tags
 * + categoryPrior for the category's default unit. With s1 ≥ s2 the two best scores,
 * confidence = max(0, s1 - s2) / (s1 + k), in [0, 1): a tie gives 0, a lone unit with score k gives 0.5.
 * Ties between units break by the order of units in the table, so the result is deterministic.
 */
export function routeAppeal(input: RoutingInput, model: RoutingModel): RoutingResult {
  const { table } = model
  const { units: byTerm } = termIndex(table)
  const scores = new Map<string, number>()
  const evidence = new Map<string, Evidence[]>()
  const add = (unitId: string, term: string, weight: number): void => {
    scores.set(unitId, (scores.get(unitId) ?? 0) + weight)
    evidence.set(unitId, [...(evidence.get(unitId) ?? []), { term, weight }])
  }

  for (const term of matchTerms(foldTagText(input.text), table)) {
    for (const { unitId, weight } of byTerm.get(term) ?? []) add(unitId, term, weight)
  }
  // tags are matched separately (joined by a separator no term contains) so a term never spans two tags
  for (const term of matchTerms(input.tags.map(foldTagText).join('|'), table)) {
    for (const { unitId, weight } of byTerm.get(term) ?? []) add(unitId, `标签：${term}`, weight * table.tagFactor)
  }
  const category = input.categoryCode ? findCategory(model.categories, input.categoryCode) : undefined
  if (category?.unitId && category.unitId !== table.fallbackUnitId)
    add(category.unitId, `类别：${category.name}`, table.categoryPrior)

  const order = Object.keys(table.terms)
  const ranked = [...scores.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
  const [top, second] = ranked
  const s1 = top?.[1] ?? 0
  const s2 = second?.[1] ?? 0
  const confidence = s1 > 0 ? round(Math.max(0, s1 - s2) / (s1 + table.confidenceK)) : 0
  const terms = top ? [...(evidence.get(top[0]) ?? [])].sort((a, b) => b.weight - a.weight) : []

  const cityUnit = table.crossCity[input.city]
  if (input.city !== 'jiangmen' && cityUnit) {
    const cityName = model.units.find((u) => u.id === cityUnit)?.name ?? input.city
    const kind = top ? [{ term: `对口部门：${table.kinds[top[0]] ?? top[0]}`, weight: s1 }] : []
    return {
      unitId: cityUnit,
      city: input.city,
      confidence: 1,
      evidence: [{ term: `跨市：${cityName}`, weight: s1 + 1 }, ...kind, ...terms]
    }
  }
  const unitId = top && confidence >= table.threshold ? top[0] : null
  return { unitId, city: input.city, confidence, evidence: terms }
}

const round = (x: number): number => Math.round(x * 1000) / 1000
