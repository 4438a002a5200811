// The 人才服务 half of the data boundary: the talent policies (and, beside them, the job fairs, postings and
// talent housing) as an embedded implementation over the bundled sample data and an HTTP one, chosen at build
// time like the others. Only the talent subpackage imports this file, so its data ships there, never in the main
// package. The reference server serves the same routes (docs/api.md).
import channels from '@/data/gov/channels.json'
import hantTable from '@/generated/hant-table.json'
import packed from '@/generated/talent-data.json'
import type { Locale } from '@/core/domain'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { OnlineChannel } from '@/core/gov-services/types'
import type { JobFair, JobPosting, TalentHousing } from '@/core/talent/jobs'
import type { TalentPolicy } from '@/core/talent/types'
import { API_BASE, BACKEND_KIND } from './config'
import { BackendError } from './errors'
import { createHttpClient } from './http/client'
import { taroTransport } from './http/taro-transport'

/** a policy with the official online channels it names (粤省事 …) resolved, so its page can open them */
export interface PolicyDetail extends TalentPolicy {
  online: OnlineChannel[]
}

export interface TalentApi {
  listPolicies(locale: Locale): Promise<TalentPolicy[]>
  getPolicy(id: string, locale: Locale): Promise<PolicyDetail>
  listPostings(locale: Locale): Promise<JobPosting[]>
  getPosting(id: string, locale: Locale): Promise<JobPosting>
  listFairs(locale: Locale): Promise<JobFair[]>
  listHousing(locale: Locale): Promise<TalentHousing[]>
  getHousing(id: string, locale: Locale): Promise<TalentHousing>
}

/** a bundled list in the user's script: 繁體 converted once, on first use */
export function localized<T>(hans: T[]): (locale: Locale) => T[] {
  let hant: T[] | undefined
  return (locale) =>
    locale === 'zh-Hant' ? (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable))) : hans
}

/** one record of a list by id, or not_found with the module's message */
export function byId<T extends { id: string }>(list: T[], id: string, code: string): T {
  const found = list.find((x) => x.id === id)
  if (!found) throw new BackendError('not_found', code)
  return found
}

/** the bundled dataset, packed at build time from src/data/talent/ (src/core/packed-json.ts) */
interface TalentDataset {
  policies: TalentPolicy[]
  postings: JobPosting[]
  fairs: JobFair[]
  housing: TalentHousing[]
}

function embeddedTalentApi(): TalentApi {
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

function httpTalentApi(): TalentApi {
  const call = createHttpClient({ base: API_BASE, transport: taroTransport })
  return {
    listPolicies: (locale) => call<TalentPolicy[]>('GET', '/talent/policies', { query: { locale } }),
    getPolicy: (id, locale) =>
      call<PolicyDetail>('GET', `/talent/policies/${encodeURIComponent(id)}`, { query: { locale } }),
    listPostings: (locale) => call<JobPosting[]>('GET', '/talent/postings', { query: { locale } }),
    getPosting: (id, locale) =>
      call<JobPosting>('GET', `/talent/postings/${encodeURIComponent(id)}`, { query: { locale } }),
    listFairs: (locale) => call<JobFair[]>('GET', '/talent/fairs', { query: { locale } }),
    listHousing: (locale) => call<TalentHousing[]>('GET', '/talent/housing', { query: { locale } }),
    getHousing: (id, locale) =>
      call<TalentHousing>('GET', `/talent/housing/${encodeURIComponent(id)}`, { query: { locale } })
  }
}

export const talentBackend: TalentApi = BACKEND_KIND === 'http' ? httpTalentApi() : embeddedTalentApi()
