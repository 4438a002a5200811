// 惠企政策匹配: a company profile checked against every enterprise policy of a city with the rule language of
// core/rules. The profile says where the company is in Jiangmen (district) but not its city: each city's column
// reads "registered here", so the same profile is compared side by side across the zone's cities.
import type { CityId } from '../domain'
import type { Facts, LeafResult } from '../rules'
import type { PolicyStatus } from '../talent/policy-status'
import type { CompanyFactName, CompanyProfile, EnterprisePolicy } from './types'

/** as in 人才资格自测: qualified, near (short only by thresholds), unmet, unknown (a deciding answer missing) */
export type MatchVerdict = 'qualified' | 'near' | 'unmet' | 'unknown'

export interface PolicyMatch {
  policy: EnterprisePolicy
  verdict: MatchVerdict
  /** qualified: the conditions that decided it; near and unmet: the ones not met, with their gaps */
  reasons: LeafResult[]
  /** unknown: the answers still to give that the policy reads */
  unanswered: CompanyFactName[]
  status: PolicyStatus
}

/** the facts the rules read: the answers, with the derived ones (研发费用占比, 科技人员占比) computed */
export declare function companyFacts(profile: CompanyProfile): Facts

/** every policy of the city in force or not yet, checked; the qualified first, then the nearest misses */
export declare function matchCity(
  policies: readonly EnterprisePolicy[],
  city: CityId,
  profile: CompanyProfile,
  today: string
): PolicyMatch[]

/** drops what the vocabulary does not allow (damaged storage, an older app's answers): never a wrong fact */
export declare function cleanProfile(x: unknown): CompanyProfile
