import type { PolicyMatch } from '@/core/investment/matching'
import type { EnterprisePolicy, InvestmentProject, Park } from '@/core/investment/types'
import type { CityId } from '@/core/domain'
import type { EnterprisePolicyDetail, InvestmentApi } from '../types'
import { matchBody } from './bodies'
import { createHttpClient, type ClientOptions } from './client'

export function httpInvestmentApi(options: ClientOptions): InvestmentApi {
  const call = createHttpClient(options)
  const one = <T>(kind: string, id: string, locale: string) =>
    call<T>('GET', `/investment/${kind}/${encodeURIComponent(id)}`, { query: { locale } })
  return {
    listParks: (locale) => call<Park[]>('GET', '/investment/parks', { query: { locale } }),
    getPark: (id, locale) => one<Park>('parks', id, locale),
    listProjects: (locale) => call<InvestmentProject[]>('GET', '/investment/projects', { query: { locale } }),
    getProject: (id, locale) => one<InvestmentProject>('projects', id, locale),
    listPolicies: (locale) => call<EnterprisePolicy[]>('GET', '/investment/policies', { query: { locale } }),
    getPolicy: (id, locale) => one<EnterprisePolicyDetail>('policies', id, locale),
    // the profile leaves the device only here, when the user asks for matching on the server; nothing is stored
    // there, so a POST without an idempotency key (never retried) is enough
    matchPolicies: (request, locale) =>
      call<Partial<Record<CityId, PolicyMatch[]>>>('POST', '/investment/match', {
        query: { locale },
        body: matchBody(request)
      })
  }
}
