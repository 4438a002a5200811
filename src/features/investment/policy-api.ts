// The 惠企政策 half of the module's way to domain data: the policies through typed hooks on the query layer, and
// matching on the server, which the user asks for by name. Matching on the device needs no call at all
// (core/investment/matching.ts reads the policies listed here).
import { investmentBackend } from '@/backend/investment'
import type { CityId, Locale } from '@/core/domain'
import type { PolicyMatch } from '@/core/investment/matching'
import type { CompanyProfile } from '@/core/investment/types'
import { useQuery } from '@/components/query'
import { pageUrl } from '@/routes'
import type { SavedSource } from './api'
import { investmentModule } from './module'

const SCOPES = {
  policies: 'investment.policies',
  policy: 'investment.policy'
} as const
const reference = { reference: true }

export const usePolicies = () =>
  useQuery([SCOPES.policies], (locale) => investmentBackend.listPolicies(locale), reference)

export const usePolicy = (id: string) =>
  useQuery([SCOPES.policy, id], (locale) => investmentBackend.getPolicy(id, locale), reference)

/**
 * 在服务器上匹配: the only call that sends the company's answers (never its name or credit code) off the device,
 * made when the user asks for it
 */
export function matchOnServer(
  profile: CompanyProfile,
  cities: CityId[],
  locale: Locale
): Promise<Partial<Record<CityId, PolicyMatch[]>>> {
  return investmentBackend.matchPolicies({ profile, cities }, locale)
}

export const POLICY_SOURCE: SavedSource = {
  module: investmentModule.id,
  kind: 'policy',
  title: async (id, locale) => (await investmentBackend.getPolicy(id, locale)).title,
  route: (id) => pageUrl('investment', 'policy', { id })
}
