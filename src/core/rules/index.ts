// A small declarative rule language for eligibility (人才政策, 惠企政策): a policy's conditions are data, evaluated
// here, never an if-chain per policy. Facts are the answers a person or a company gave; an answer not given is
// unknown, and unknown never counts as met (three-valued logic: met, unmet, unknown).
//
//   { all: [...] } · { any: [...] } · { not: rule }
//   { fact, op, value }          op: '>=' '>' '<=' '<' '==' '!='; value a number, text, boolean, or a year
//                                relative to this year in Beijing time ({ yearsAgo: 3 } is 2023 in 2026)
//   { fact, between: [lo, hi] }  inclusive range of a number
//   { fact, in: [...] }          one of the listed texts (for a list answer: any of them)
//   { fact, since, op, value }   whole years / months / days from a date answer (YYYY-MM-DD) to today in Beijing
//                                time, compared: { fact: 'birthDate', since: 'years', op: '<=', value: 35 } is age ≤ 35
//
// Every leaf may carry `label` (what the condition is, for the reasons shown) and `unit` (of its number).
// evaluate() returns the outcome and every leaf's own outcome; a leaf that failed a threshold says by how much
// (gap), so a near miss can say 还差 4 个月社保.
import { daysBetween, parseIsoDate } from '../calendar/shanghai-time'

export type FactValue = number | string | boolean | readonly string[]
/** the answers; a key absent or undefined is unknown */
export type Facts = Readonly<Record<string, FactValue | undefined>>

export const COMPARISONS = ['>=', '>', '<=', '<', '==', '!='] as const
export type Comparison = (typeof COMPARISONS)[number]
export type SinceUnit = 'years' | 'months' | 'days'

/** a value a comparison reads: a literal, or a year counted back from this year */
export type RuleValue = number | string | boolean | { yearsAgo: number }

interface LeafBase {
  fact: string
  /** what the condition is, e.g. 社保缴纳月数 */
  label?: string
  /** the unit of its number, e.g. 个月 */
  unit?: string
}

export type Leaf = LeafBase &
  (
    | { op: Comparison; value: RuleValue; since?: undefined }
    | { between: readonly [number, number] }
    | { in: readonly string[] }
    | { since: SinceUnit; op: Comparison; value: number }
  )

export type Rule = { all: readonly Rule[] } | { any: readonly Rule[] } | { not: Rule } | Leaf

export type Outcome = 'met' | 'unmet' | 'unknown'

export interface LeafResult {
  leaf: Leaf
  outcome: Outcome
  /** the value the leaf compared (a date answer: the elapsed years, months or days) */
  actual?: number | string | boolean | readonly string[]
  /** an unmet threshold on a number: how far the answer is from meeting it (always > 0) */
  gap?: number
  /** true when the leaf sits under a `not`: its being met is what counts against */
  negated: boolean
}

export interface Evaluation {
  outcome: Outcome
  /** every leaf evaluated, in the order of the rule */
  leaves: LeafResult[]
  /** the leaves that decided an unmet outcome: what would have to change (empty unless unmet) */
  blocking: LeafResult[]
  /** the leaves that decided the outcome, met or unmet: the reasons a result shows (empty when unknown) */
  deciding: LeafResult[]
}

const isLeaf = (r: Rule): r is Leaf => 'fact' in r

/** the whole units from a civil date to today (both YYYY-MM-DD), or undefined for a date that is not one */
export function elapsed(from: string, today: string, unit: SinceUnit): number | undefined {
  const a = parseIsoDate(from)
  const b = parseIsoDate(today)
  if (!a || !b) return undefined
  if (unit === 'days') return daysBetween(from, today)
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0)
  return unit === 'months' ? months : Math.floor(months / 12)
}

function resolve(value: RuleValue, today: string): number | string | boolean {
  if (typeof value === 'object') return Number(today.slice(0, 4)) - value.yearsAgo
  return value
}

function compare(actual: number | string | boolean, op: Comparison, expected: number | string | boolean): boolean {
  switch (op) {
    case '==':
      return actual === expected
    case '!=':
      return actual !== expected
    default: {
      if (typeof actual !== typeof expected || typeof actual === 'boolean') return false
      const [x, y] = [actual, expected] as [number, number] | [string, string]
      return op === '>=' ? x >= y : op === '>' ? x > y : op === '<=' ? x <= y : x < y
    }
  }
}

/** how far a number is from meeting a threshold it failed (in the units of the number; strict ones by 1) */
function gapOf(actual: number, op: Comparison, expected: number): number | undefined {
  if (op === '>=') return expected - actual
  if (op === '>') return expected - actual + 1
  if (op === '<=') return actual - expected
  if (op === '<') return actual - expected + 1
  return undefined
}

function evaluateLeaf(leaf: Leaf, facts: Facts, today: string): Omit<LeafResult, 'negated'> {
  const raw = facts[leaf.fact]
  if (raw === undefined || raw === null || raw === '') return { leaf, outcome: 'unknown' }
  if ('in' in leaf) {
    const answers = Array.isArray(raw) ? raw : [raw]
    return { leaf, actual: raw, outcome: answers.some((a) => leaf.in.includes(String(a))) ? 'met' : 'unmet' }
  }
  if ('between' in leaf) {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) return { leaf, actual: raw, outcome: 'unknown' }
    const [lo, hi] = leaf.between
    const met = raw >= lo && raw <= hi
    return {
      leaf,
      actual: raw,
      outcome: met ? 'met' : 'unmet',
      ...(met ? {} : { gap: raw < lo ? lo - raw : raw - hi })
    }
  }
  let actual: number | string | boolean
  if (leaf.since !== undefined) {
    const n = typeof raw === 'string' ? elapsed(raw, today, leaf.since) : undefined
    if (n === undefined) return { leaf, actual: raw, outcome: 'unknown' }
    actual = n
  } else if (Array.isArray(raw)) {
    return { leaf, actual: raw, outcome: 'unknown' }
  } else {
    actual = raw as number | string | boolean
  }
  if (typeof actual === 'number' && !Number.isFinite(actual)) return { leaf, actual, outcome: 'unknown' }
  const expected = resolve(leaf.value, today)
  if (compare(actual, leaf.op, expected)) return { leaf, actual, outcome: 'met' }
  const gap = typeof actual === 'number' && typeof expected === 'number' ? gapOf(actual, leaf.op, expected) : undefined
  return { leaf, actual, outcome: 'unmet', ...(gap !== undefined && gap > 0 ? { gap } : {}) }
}

/** a subtree's outcome and the leaves that decided it: `why` is what made it met or unmet (none when unknown) */
interface Walked {
  outcome: Outcome
  why: LeafResult[]
}

/** evaluates a rule against the answers on the Beijing date `today` (YYYY-MM-DD) */
export function evaluate(rule: Rule, facts: Facts, today: string): Evaluation {
  const leaves: LeafResult[] = []
  const walk = (r: Rule, negated: boolean): Walked => {
    if (isLeaf(r)) {
      const result: LeafResult = { ...evaluateLeaf(r, facts, today), negated }
      leaves.push(result)
      return { outcome: result.outcome, why: result.outcome === 'unknown' ? [] : [result] }
    }
    if ('not' in r) {
      const inner = walk(r.not, !negated)
      const outcome = inner.outcome === 'met' ? 'unmet' : inner.outcome === 'unmet' ? 'met' : 'unknown'
      return { outcome, why: inner.why }
    }
    const children = ('all' in r ? r.all : r.any).map((c) => walk(c, negated))
    const has = (o: Outcome) => children.some((c) => c.outcome === o)
    // all: unmet by any unmet child, met by all; any: met by any met child, unmet by all
    const [decisive, other] = 'all' in r ? (['unmet', 'met'] as const) : (['met', 'unmet'] as const)
    if (has(decisive))
      return { outcome: decisive, why: children.filter((c) => c.outcome === decisive).flatMap((c) => c.why) }
    if (has('unknown')) return { outcome: 'unknown', why: [] }
    return { outcome: other, why: children.flatMap((c) => c.why) }
  }
  const { outcome, why } = walk(rule, false)
  return { outcome, leaves, blocking: outcome === 'unmet' ? why : [], deciding: why }
}

/**
 * The conditions that stand in the way of an unmet rule, with their gaps: only those that decided it (a failed
 * alternative of an `any` that another alternative met is not among them; under a `not`, the condition met).
 */
export function missing(evaluation: Evaluation): LeafResult[] {
  return evaluation.blocking
}

/** the facts a rule reads, e.g. to ask only the questions that matter */
export function factsOf(rule: Rule): string[] {
  if (isLeaf(rule)) return [rule.fact]
  if ('not' in rule) return factsOf(rule.not)
  return [...new Set(('all' in rule ? rule.all : rule.any).flatMap(factsOf))]
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const isComparison = (x: unknown): x is Comparison => (COMPARISONS as readonly unknown[]).includes(x)
const isRuleValue = (x: unknown): boolean =>
  typeof x === 'string' ||
  typeof x === 'boolean' ||
  (typeof x === 'number' && Number.isFinite(x)) ||
  (isObject(x) && Object.keys(x).length === 1 && typeof x.yearsAgo === 'number' && Number.isInteger(x.yearsAgo))

/** what is wrong with a rule read from data (its path), or null: policies are checked when the data is built */
export function ruleProblem(x: unknown, path = 'rule'): string | null {
  if (!isObject(x)) return `${path}: not an object`
  if ('all' in x || 'any' in x) {
    const list = x.all ?? x.any
    if (!Array.isArray(list) || list.length === 0) return `${path}: all/any needs a non-empty list`
    for (let i = 0; i < list.length; i++) {
      const p = ruleProblem(list[i], `${path}.${'all' in x ? 'all' : 'any'}[${i}]`)
      if (p) return p
    }
    return null
  }
  if ('not' in x) return ruleProblem(x.not, `${path}.not`)
  if (typeof x.fact !== 'string' || x.fact === '') return `${path}: a condition needs its fact`
  if ('in' in x)
    return Array.isArray(x.in) && x.in.every((v) => typeof v === 'string') ? null : `${path}: in needs texts`
  if ('between' in x) {
    const b = x.between
    return Array.isArray(b) && b.length === 2 && b.every((n) => typeof n === 'number') && b[0] <= b[1]
      ? null
      : `${path}: between needs [low, high]`
  }
  if (!isComparison(x.op)) return `${path}: unknown comparison ${String(x.op)}`
  if ('since' in x) {
    if (x.since !== 'years' && x.since !== 'months' && x.since !== 'days')
      return `${path}: since is years, months or days`
    return typeof x.value === 'number' ? null : `${path}: since compares with a number`
  }
  return isRuleValue(x.value) ? null : `${path}: unknown value`
}

// ── verdicts: what a self-check (人才资格自测, 惠企政策匹配) says of one policy

/**
 * qualified: every condition met; near: met by closing at most NEAR_MISS_LIMIT thresholds, each close (short by a
 * small gap: 还差 4 个月社保, time or progress closes it), with no open question on the way; unmet: anything else stands in the
 * way (a degree, a qualification, the district); unknown: an answer that decides it is missing (never counted as met)
 */
export type Verdict = 'qualified' | 'near' | 'unmet' | 'unknown'

/** a near miss is met by closing this many thresholds or fewer */
export const NEAR_MISS_LIMIT = 2
/**
 * and each of them within reach: short by at most this share of its threshold (or by one unit, for small ones such
 * as 1 件发明专利). 还差 4 个月社保 of 6 is near; 9.6 亿元 of revenue short of 10 亿 is not
 */
export const NEAR_GAP_SHARE = 0.75

/** whether an unmet threshold is close enough to count towards a near miss */
function closeEnough(l: LeafResult, today: string): boolean {
  if (l.gap === undefined) return false
  const leaf = l.leaf
  const threshold =
    'between' in leaf
      ? typeof l.actual === 'number' && l.actual < leaf.between[0]
        ? leaf.between[0]
        : leaf.between[1]
      : 'op' in leaf
        ? resolve(leaf.value, today)
        : undefined
  if (typeof threshold !== 'number') return false
  return l.gap <= Math.max(NEAR_GAP_SHARE * Math.abs(threshold), 1)
}

/** the order results are listed in: what can be had first, what cannot last */
export const VERDICT_ORDER: readonly Verdict[] = ['qualified', 'near', 'unknown', 'unmet']

export interface Judgement {
  verdict: Verdict
  /** qualified: the conditions that decided it; near: the thresholds to close, with their gaps; unmet: the ones not met */
  reasons: LeafResult[]
  /** the facts the rule reads that have no answer, in the order of the rule */
  unanswered: string[]
}

/**
 * the fewest thresholds whose gaps, closed, would meet the rule: an `any` needs only its closest alternative, an
 * `all` every child. Undefined when something without a gap stands in the way (a choice, a yes or no, an answer
 * missing, a condition met under a `not`). The leaves are the evaluation's, walked in the same order.
 */
export function closestFix(rule: Rule, evaluation: Evaluation, today: string): LeafResult[] | undefined {
  let next = 0
  const walk = (r: Rule, wantMet: boolean): LeafResult[] | undefined => {
    if (isLeaf(r)) {
      const l = evaluation.leaves[next++]
      if (l.outcome === (wantMet ? 'met' : 'unmet')) return []
      return wantMet && l.outcome === 'unmet' && closeEnough(l, today) ? [l] : undefined
    }
    if ('not' in r) return walk(r.not, !wantMet)
    const children = ('all' in r ? r.all : r.any).map((c) => walk(c, wantMet))
    // every child must be made met (an all) or unmet (an any under a not); otherwise the cheapest one will do
    if ('all' in r === wantMet)
      return children.every((c) => c !== undefined) ? children.flatMap((c) => c ?? []) : undefined
    return children.reduce<LeafResult[] | undefined>(
      (best, c) => (c !== undefined && (best === undefined || c.length < best.length) ? c : best),
      undefined
    )
  }
  return walk(rule, true)
}

/**
 * the verdict on a rule, its reasons and the answers it still needs. A near miss is judged on what is answered: a
 * question left open in an alternative the fix does not need (a second kind of patent) does not keep it from being
 * near, one on the fix's way does.
 */
export function judge(rule: Rule, evaluation: Evaluation, today: string): Judgement {
  const unanswered = [...new Set(evaluation.leaves.filter((l) => l.outcome === 'unknown').map((l) => l.leaf.fact))]
  if (evaluation.outcome === 'met') return { verdict: 'qualified', reasons: evaluation.deciding, unanswered }
  if (evaluation.outcome === 'unknown') return { verdict: 'unknown', reasons: evaluation.deciding, unanswered }
  const fix = closestFix(rule, evaluation, today)
  return fix !== undefined && fix.length > 0 && fix.length <= NEAR_MISS_LIMIT
    ? { verdict: 'near', reasons: fix, unanswered }
    : { verdict: 'unmet', reasons: evaluation.blocking, unanswered }
}

/** results in VERDICT_ORDER, and within a verdict the fewest reasons first (the nearest of the near misses) */
export const byVerdict = (a: Judgement, b: Judgement): number =>
  VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || a.reasons.length - b.reasons.length

/** the facts some rules read, in the order of a vocabulary (the order its questions are asked in) */
export function factsInOrder<F extends string>(rules: readonly Rule[], vocabulary: readonly F[]): F[] {
  const read = new Set(rules.flatMap(factsOf))
  return vocabulary.filter((f) => read.has(f))
}
