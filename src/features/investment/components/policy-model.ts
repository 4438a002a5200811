// What the 惠企政策 pages share beyond the data hooks: how the list is filtered, and which of the matched policies
// changed since the company last looked.
import { beijingToday } from '@/core/calendar/shanghai-time'
import type { CityId } from '@/core/domain'
import { policyNotices, type PolicyNotice } from '@/core/investment/changes'
import type { EnterpriseBenefit, EnterprisePolicy, GrantMode } from '@/core/investment/types'
import { policyStatus } from '@/core/talent/policy-status'
import { useMatched } from '../store'

export const PAGE_SIZE = 20

export interface PolicyFilter {
  cities: readonly CityId[]
  benefit?: EnterpriseBenefit
  mode?: GrantMode
  keyword?: string
  /** the expired policies instead of those in force (or not yet) */
  expired: boolean
}

const STATUS_ORDER = ['open', 'closed-window', 'not-yet', 'expired']

/** the policies a filter lists: those in force (taking applications first), or the expired ones */
export function filterPolicies(
  policies: readonly EnterprisePolicy[],
  f: PolicyFilter,
  today: string
): EnterprisePolicy[] {
  const words = (f.keyword ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean)
  const status = new Map(policies.map((p) => [p.id, policyStatus(p, today).status]))
  const text = (p: EnterprisePolicy) =>
    [p.title, ...p.aliases, p.summary, p.issuer, p.docNumber, ...p.conditionText].join(' ').toLowerCase()
  return policies
    .filter(
      (p) =>
        f.cities.includes(p.city) &&
        (!f.benefit || p.benefit === f.benefit) &&
        (!f.mode || p.mode === f.mode) &&
        (status.get(p.id) === 'expired') === f.expired &&
        words.every((w) => text(p).includes(w))
    )
    .sort((a, b) => STATUS_ORDER.indexOf(status.get(a.id)!) - STATUS_ORDER.indexOf(status.get(b.id)!))
}

/** the notices of the policies the company matched that changed since (none before the first matching) */
export function useNotices(policies: readonly EnterprisePolicy[] | undefined): PolicyNotice[] {
  const snapshot = useMatched((s) => s.snapshot)
  return snapshot && policies ? policyNotices(snapshot, policies, beijingToday()) : []
}
