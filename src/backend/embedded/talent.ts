// The embedded 人才服务 backend: the talent policies, job postings, fairs and housing of the bundled sample data,
// packed at build time from src/data/talent/ (src/core/packed-json.ts). 繁體 is derived on first use with the
// build-time table, as for the other datasets.
import channels from '@/data/gov/channels.json'
import packed from '@/generated/talent-data.json'
import type { OnlineChannel } from '@/core/gov-services/types'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { JobFair, JobPosting, TalentHousing } from '@/core/talent/jobs'
import type { TalentPolicy } from '@/core/talent/types'
import type { TalentApi } from '../types'
import { byId, localized } from './bundled-lists'

interface TalentDataset {
  policies: TalentPolicy[]
  postings: JobPosting[]
  fairs: JobFair[]
  housing: TalentHousing[]
}

export function embeddedTalentApi(): TalentApi {
  const { policies, postings, fairs, housing } = unpack<TalentDataset>(packed as PackedJson)
  const policiesIn = localized(policies)
  const channelsIn = localized(channels as OnlineChannel[])
  const postingsIn = localized(postings)
  const fairsIn = localized(fairs)
  const housingIn = localized(housing)
  return {
    listPolicies: async (locale) => policiesIn(locale),
    getPolicy: async (id, locale) => {
      const policy = byId(policiesIn(locale), id, 'talent.policy.unknown')
      const named = new Set(policy.channels.map((c) => c.channelId))
      return { ...policy, online: channelsIn(locale).filter((c) => named.has(c.id)) }
    },
    listPostings: async (locale) => postingsIn(locale),
    getPosting: async (id, locale) => byId(postingsIn(locale), id, 'talent.jobs.unknown'),
    listFairs: async (locale) => fairsIn(locale),
    listHousing: async (locale) => housingIn(locale),
    getHousing: async (id, locale) => byId(housingIn(locale), id, 'talent.housing.unknown')
  }
}
