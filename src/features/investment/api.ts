// The module's only way to domain data: the backend boundary, read through typed hooks on the query layer. The parks
// and projects are here; the policies, the profile and matching in policy-api.ts.
import { investmentBackend } from '@/backend/investment'
import { useQuery } from '@/components/query'
import { useSavedRecord, type SavedSource as Source } from '@/components/use-saved-record'
import { pageUrl } from '@/routes'
import { investmentModule } from './module'

const SCOPES = {
  parks: 'investment.parks',
  park: 'investment.park',
  projects: 'investment.projects',
  project: 'investment.project'
} as const
const reference = { reference: true }

export const useParks = () => useQuery([SCOPES.parks], (locale) => investmentBackend.listParks(locale), reference)

export const usePark = (id: string) =>
  useQuery([SCOPES.park, id], (locale) => investmentBackend.getPark(id, locale), reference)

export const useProjects = () =>
  useQuery([SCOPES.projects], (locale) => investmentBackend.listProjects(locale), reference)

export const useProject = (id: string) =>
  useQuery([SCOPES.project, id], (locale) => investmentBackend.getProject(id, locale), reference)

/** the kinds of saved item the module owns (its record lists them under `saved`) */
export type SavedKind = 'park' | 'project' | 'policy'

/** a saved record of this module, of one of its kinds */
export type SavedSource = Source<SavedKind>

export { useSavedRecord }

export const PARK_SOURCE: SavedSource = {
  module: investmentModule.id,
  kind: 'park',
  title: async (id, locale) => (await investmentBackend.getPark(id, locale)).name,
  route: (id) => pageUrl('investment', 'park', { id })
}

export const PROJECT_SOURCE: SavedSource = {
  module: investmentModule.id,
  kind: 'project',
  title: async (id, locale) => (await investmentBackend.getProject(id, locale)).name,
  route: (id) => pageUrl('investment', 'project', { id })
}
