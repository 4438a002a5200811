// The embedded 人才服务 backend: the talent policies, job postings, fairs and housing of the bundled sample data,
// packed at build time from src/data/talent/ (src/core/packed-json.ts). 繁體 is derived on first use with the
// build-time table, as for the other datasets.
import channels from '@/data/gov/channels.json'
import hantTable from '@/generated/hant-table.json'
import packed from '@/generated/talent-data.json'
import type { Locale } from '@/core/domain'
import type { OnlineChannel } from '@/core/gov-services/types'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { JobFair, JobPosting, TalentHousing } from '@/core/talent/jobs'
import type { TalentPolicy } from '@/core/talent/types'
import { BackendError } from '../errors'
import type { TalentApi } from '../types'

interface TalentDataset {
  policies: TalentPolicy[]
  postings: JobPosting[]
  fairs: JobFair[]
  housing: TalentHousing[]
}

/** a bundled list in the user's script: 繁體 converted once, on first use */
function localized<T>(hans: T[]): (locale: Locale) => T[] {
  let hant: T[] | undefined
  return (locale) =>
    locale === 'zh-Hant' ? (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable))) : hans
}

/** one record of a list by id, or not_found with the module's message */
function byId<T extends { id: string }>(list: T[], id: string, code: string): T {
  const found = list.find((x) => x.id === id)
  if (!found) throw new BackendError('not_found', code)
  return found
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
