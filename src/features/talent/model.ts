// What the module's pages share beyond the data hooks: how a list of policies is filtered.
import type { CityId } from '@/core/domain'
import { evaluate } from '@/core/rules'
import { policyStatus } from '@/core/talent/policy-status'
import type { BenefitType, EducationLevel, TalentPolicy } from '@/core/talent/types'

export const PAGE_SIZE = 20

export interface PolicyFilter {
  cities: readonly CityId[]
  benefit?: BenefitType
  /** someone of this education could qualify: the conditions, read with that answer alone, are not unmet */
  education?: EducationLevel
  keyword?: string
  /** the expired policies instead of those in force (or not yet) */
  expired: boolean
}

const STATUS_ORDER = ['open', 'closed-window', 'not-yet', 'expired']

/** the policies a filter lists: those in force (taking applications first), or the expired ones */
export function filterPolicies(policies: readonly TalentPolicy[], f: PolicyFilter, today: string): TalentPolicy[] {
  const words = (f.keyword ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean)
  const status = new Map(policies.map((p) => [p.id, policyStatus(p, today).status]))
  return policies
    .filter(
      (p) =>
        f.cities.includes(p.city) &&
        (!f.benefit || p.benefit === f.benefit) &&
        (!f.education || evaluate(p.conditions, { education: f.education }, today).outcome !== 'unmet') &&
        (status.get(p.id) === 'expired') === f.expired &&
        words.every((w) => `${p.title} ${p.summary} ${p.issuer} ${p.conditionText.join(' ')}`.toLowerCase().includes(w))
    )
    .sort((a, b) => STATUS_ORDER.indexOf(status.get(a.id)!) - STATUS_ORDER.indexOf(status.get(b.id)!))
}
