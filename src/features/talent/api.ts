// The module's only way to domain data: the backend boundary, read through typed hooks on the query layer.
import { talentBackend } from '@/backend/talent'
import { useQuery } from '@/components/query'
import { useSavedRecord, type SavedSource as Source } from '@/components/use-saved-record'
import { pageUrl } from '@/routes'
import { talentModule } from './module'

const SCOPES = {
  policies: 'talent.policies',
  policy: 'talent.policy'
} as const
const reference = { reference: true }

export const usePolicies = () => useQuery([SCOPES.policies], (locale) => talentBackend.listPolicies(locale), reference)

export const usePolicy = (id: string) =>
  useQuery([SCOPES.policy, id], (locale) => talentBackend.getPolicy(id, locale), reference)

/** the kinds of saved item the module owns (its record lists them under `saved`) */
export type SavedKind = 'policy' | 'posting'

/** a saved record of this module, of one of its kinds */
export type SavedSource = Source<SavedKind>

export { useSavedRecord }

export const POLICY_SOURCE: SavedSource = {
  module: talentModule.id,
  kind: 'policy',
  title: async (id, locale) => (await talentBackend.getPolicy(id, locale)).title,
  route: (id) => pageUrl('talent', 'policy', { id })
}
