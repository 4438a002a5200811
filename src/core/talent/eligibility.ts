// 人才资格自测: a person's answers checked against every talent policy of a city with the rule language of
// core/rules. The answers about 本市 (社保 months, a home there) are kept per city, so the same person can be
// checked against Jiangmen and Shenzhen (or Zhongshan) side by side. Each result says which conditions decided it.
import type { CityId } from '../domain'
import {
  byVerdict,
  evaluate,
  factsInOrder,
  judge,
  type Facts,
  type FactValue,
  type LeafResult,
  type Verdict
} from '../rules'
import { policyStatus, type PolicyStatus } from './policy-status'
import { TALENT_FACT_NAMES, TALENT_FACTS, type TalentFactName, type TalentPolicy } from './types'

/** the facts that are about the policy's own city: asked once per city */
export const CITY_FACTS = ['socialInsuranceMonths', 'ownsHomeInCity', 'homePurchasedInCity'] as const
export type CityFactName = (typeof CITY_FACTS)[number]
export type PersonFactName = Exclude<TalentFactName, CityFactName>

export interface TalentAnswers {
  /** the answers that hold wherever the person is */
  person: Partial<Record<PersonFactName, FactValue>>
  /** per city, the answers about that city */
  cities: Partial<Record<CityId, Partial<Record<CityFactName, FactValue>>>>
}

export const NO_ANSWERS: TalentAnswers = { person: {}, cities: {} }

export const isCityFact = (fact: string): fact is CityFactName => (CITY_FACTS as readonly string[]).includes(fact)

/** the facts a city's policies read: the person's answers and that city's */
export function factsFor(answers: TalentAnswers, city: CityId): Facts {
  return { ...answers.person, ...answers.cities[city] }
}

// the verdicts and the near-miss limit are the rule language's, shared with 惠企政策匹配
export { NEAR_MISS_LIMIT, type Verdict } from '../rules'

export interface PolicyResult {
  policy: TalentPolicy
  verdict: Verdict
  /** qualified: the conditions that decided it; near and unmet: the ones not met, with their gaps */
  reasons: LeafResult[]
  /** unknown: the questions still to answer that the policy reads */
  unanswered: TalentFactName[]
  status: PolicyStatus
}

export function checkPolicy(policy: TalentPolicy, answers: TalentAnswers, today: string): PolicyResult {
  const { verdict, reasons, unanswered } = judge(
    policy.conditions,
    evaluate(policy.conditions, factsFor(answers, policy.city), today),
    today
  )
  return { policy, verdict, reasons, unanswered: unanswered as TalentFactName[], status: policyStatus(policy, today) }
}

/**
 * every policy of the city checked, expired ones left out (the self-check is about what a person can still get),
 * the qualified first, then the near misses with the fewest conditions to go
 */
export function checkCity(
  policies: readonly TalentPolicy[],
  city: CityId,
  answers: TalentAnswers,
  today: string
): PolicyResult[] {
  return policies
    .filter((p) => p.city === city)
    .map((p) => checkPolicy(p, answers, today))
    .filter((r) => r.status.status !== 'expired')
    .sort(byVerdict)
}

/** the questions the policies of these cities read, in the vocabulary's order */
export function questionsFor(policies: readonly TalentPolicy[], cities: readonly CityId[]): TalentFactName[] {
  return factsInOrder(
    policies.filter((p) => cities.includes(p.city)).map((p) => p.conditions),
    TALENT_FACT_NAMES
  )
}

/** drops what the vocabulary does not allow (damaged storage, an older app's answers): never a wrong fact */
export function cleanAnswers(x: unknown): TalentAnswers {
  const obj = (v: unknown): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
  const keep = (raw: Record<string, unknown>, allowed: (f: string) => boolean) =>
    Object.fromEntries(Object.entries(raw).filter(([f, v]) => allowed(f) && validAnswer(f as TalentFactName, v)))
  const root = obj(x)
  const cities = obj(root.cities)
  return {
    person: keep(obj(root.person), (f) => f in TALENT_FACTS && !isCityFact(f)),
    cities: Object.fromEntries(
      (['jiangmen', 'shenzhen', 'zhongshan'] as const)
        .filter((c) => c in cities)
        .map((c) => [c, keep(obj(cities[c]), isCityFact)])
    )
  }
}

/** an answer the question allows: one of a choice's values, a number in range, a year, a date, a yes or no */
export function validAnswer(fact: TalentFactName, v: unknown): v is FactValue {
  const f = TALENT_FACTS[fact] as (typeof TALENT_FACTS)[TalentFactName] & {
    values?: readonly string[]
    range?: readonly [number, number]
  }
  switch (f.kind) {
    case 'choice': {
      // a list answer (the employer's platforms) holds several of the values
      const inValues = (x: unknown) => typeof x === 'string' && (f.values ?? []).includes(x)
      return Array.isArray(v) ? v.every(inValues) : inValues(v)
    }
    case 'boolean':
      return typeof v === 'boolean'
    case 'number':
      return typeof v === 'number' && Number.isInteger(v) && (!f.range || (v >= f.range[0] && v <= f.range[1]))
    case 'year':
      return typeof v === 'number' && Number.isInteger(v) && v >= 1950 && v <= 2100
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
  }
}
