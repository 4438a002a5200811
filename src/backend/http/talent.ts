import type { JobFair, JobPosting, TalentHousing } from '@/core/talent/jobs'
import type { TalentPolicy } from '@/core/talent/types'
import type { PolicyDetail, TalentApi } from '../types'
import { createHttpClient, type ClientOptions } from './client'

export function httpTalentApi(options: ClientOptions): TalentApi {
  const call = createHttpClient(options)
  const one = <T>(kind: string, id: string, locale: string) =>
    call<T>('GET', `/talent/${kind}/${encodeURIComponent(id)}`, { query: { locale } })
  return {
    listPolicies: (locale) => call<TalentPolicy[]>('GET', '/talent/policies', { query: { locale } }),
    getPolicy: (id, locale) => one<PolicyDetail>('policies', id, locale),
    listPostings: (locale) => call<JobPosting[]>('GET', '/talent/postings', { query: { locale } }),
    getPosting: (id, locale) => one<JobPosting>('postings', id, locale),
    listFairs: (locale) => call<JobFair[]>('GET', '/talent/fairs', { query: { locale } }),
    listHousing: (locale) => call<TalentHousing[]>('GET', '/talent/housing', { query: { locale } }),
    getHousing: (id, locale) => one<TalentHousing>('housing', id, locale)
  }
}
