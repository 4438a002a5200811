// 惠企政策匹配: a company profile checked against every enterprise policy of a city with the rule language of
// core/rules. The profile says where the company is in Jiangmen (district) but not its city: each city's column
// reads "registered here", so the same profile is compared side by side across the zone's cities. The verdicts
// are the ones 人才资格自测 gives (core/rules judge).
import type { CityId } from '../domain'
import { byVerdict, evaluate, factsOf, judge, type LeafResult, type Rule, type Verdict } from '../rules'
import { policyStatus, type PolicyStatus } from '../talent/policy-status'
import { answersFor, ASKED_FACTS, companyFacts } from './profile'
import { COMPANY_FACTS, type CompanyFactName, type CompanyProfile, type EnterprisePolicy } from './types'

export { cleanProfile, companyFacts } from './profile'

/** as in 人才资格自测: qualified, near (short only by thresholds), unmet, unknown (a deciding answer missing) */
export type MatchVerdict = Verdict

export interface PolicyMatch {
  policy: EnterprisePolicy
  verdict: MatchVerdict
  /** qualified: the conditions that decided it; near and unmet: the ones not met, with their gaps */
  reasons: LeafResult[]
  /** unknown: the answers still to give that the policy reads */
  unanswered: CompanyFactName[]
  status: PolicyStatus
}

/**
 * what a policy asks of a company: a district policy (区级) is for companies in its district, so the district comes
 * first, then the policy's own conditions
 */
export function conditionsOf(policy: EnterprisePolicy): Rule {
  if (policy.district === undefined) return policy.conditions
  const district: Rule = { fact: 'district', in: [policy.district], label: COMPANY_FACTS.district.label }
  return { all: [district, policy.conditions] }
}

/** the answers to give for these facts: a derived one needs the two it is computed from */
const toAnswers = (facts: readonly string[]): CompanyFactName[] => {
  const needed = new Set(facts.flatMap((f) => answersFor(f as CompanyFactName)))
  return ASKED_FACTS.filter((f) => needed.has(f))
}

export function matchPolicy(policy: EnterprisePolicy, profile: CompanyProfile, today: string): PolicyMatch {
  const rule = conditionsOf(policy)
  const facts = companyFacts(profile)
  const { verdict, reasons, unanswered } = judge(rule, evaluate(rule, facts, today), today)
  // 研发费用占比 unknown with the revenue given asks for the R&D spend only
  const toGive = toAnswers(unanswered).filter((f) => facts[f] === undefined)
  return { policy, verdict, reasons, unanswered: toGive, status: policyStatus(policy, today) }
}

/** every policy of the city in force or not yet, checked; the qualified first, then the nearest misses */
export function matchCity(
  policies: readonly EnterprisePolicy[],
  city: CityId,
  profile: CompanyProfile,
  today: string
): PolicyMatch[] {
  return policies
    .filter((p) => p.city === city)
    .map((p) => matchPolicy(p, profile, today))
    .filter((m) => m.status.status !== 'expired')
    .sort(byVerdict)
}

/**
 * the questions the policies of these cities read, in the vocabulary's order (as talent's questionsFor): a
 * derived fact is asked as the two answers it comes from, a district policy asks the district
 */
export function questionsFor(policies: readonly EnterprisePolicy[], cities: readonly CityId[]): CompanyFactName[] {
  const read = policies.filter((p) => cities.includes(p.city)).flatMap((p) => factsOf(conditionsOf(p)))
  return toAnswers(read)
}
