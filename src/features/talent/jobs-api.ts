// The data hooks of the jobs, fairs and housing pages, on the query layer like the policies' (api.ts), and the
// saved-record source of a posting (favourites and 我的足迹 through useSavedRecord).
import { talentBackend } from '@/backend/talent'
import { useQuery } from '@/components/query'
import { pageUrl } from '@/routes'
import type { SavedSource } from './api'
import { talentModule } from './module'

const SCOPES = {
  postings: 'talent.postings',
  posting: 'talent.posting',
  fairs: 'talent.fairs',
  housing: 'talent.housing',
  house: 'talent.house'
} as const
const reference = { reference: true }

export const usePostings = () => useQuery([SCOPES.postings], (locale) => talentBackend.listPostings(locale), reference)

export const usePosting = (id: string) =>
  useQuery([SCOPES.posting, id], (locale) => talentBackend.getPosting(id, locale), reference)

export const useFairs = () => useQuery([SCOPES.fairs], (locale) => talentBackend.listFairs(locale), reference)

export const useHousing = () => useQuery([SCOPES.housing], (locale) => talentBackend.listHousing(locale), reference)

export const useHouse = (id: string) =>
  useQuery([SCOPES.house, id], (locale) => talentBackend.getHousing(id, locale), reference)

/** a posting as 我的 keeps it: its title and employer, opening its page */
export const POSTING_SOURCE: SavedSource = {
  module: talentModule.id,
  kind: 'posting',
  title: async (id, locale) => {
    const p = await talentBackend.getPosting(id, locale)
    return `${p.title} · ${p.employer}`
  },
  route: (id) => pageUrl('talent', 'job', { id })
}
