// The embedded 招商服务 backend: the parks, projects and 惠企政策 of the bundled sample data, packed at build time
// from src/data/investment/ (src/core/packed-json.ts), and policy matching on the device. 繁體 is derived on first
// use with the build-time table, as for the other datasets. The production server answers POST /investment/match
// with the same functions (cleanProfile, matchCity), so the profile is checked by one function wherever it is matched.
import channels from '@/data/gov/channels.json'
import packed from '@/generated/investment-data.json'
import { shanghaiDate } from '@/core/calendar'
import { CITY_IDS, type CityId } from '@/core/domain'
import type { OnlineChannel } from '@/core/gov-services/types'
import { cleanProfile, matchCity, type PolicyMatch } from '@/core/investment/matching'
import type { EnterprisePolicy, InvestmentProject, Park } from '@/core/investment/types'
import { unpack, type PackedJson } from '@/core/packed-json'
import { BackendError } from '../errors'
import type { InvestmentApi, MatchRequest } from '../types'
import { byId, localized } from './bundled-lists'

export interface InvestmentDataset {
  parks: Park[]
  projects: InvestmentProject[]
  policies: EnterprisePolicy[]
}

/** the packed dataset; a file not yet written reads as an empty list */
export function bundledInvestmentData(): InvestmentDataset {
  const data = unpack<Partial<InvestmentDataset>>(packed as PackedJson)
  return { parks: data.parks ?? [], projects: data.projects ?? [], policies: data.policies ?? [] }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null
const isCity = (x: unknown): x is CityId => (CITY_IDS as readonly unknown[]).includes(x)

/**
 * a matching request as any client may send it: the profile cleaned to the facts the vocabulary allows (never a
 * wrong fact), the cities each once, in the order asked; invalid `investment.match.cities` for none, an unknown one
 * or anything that is not a list
 */
export function parseMatchRequest(x: unknown): MatchRequest {
  const cities = isObject(x) ? x.cities : undefined
  if (!Array.isArray(cities) || cities.length === 0 || !cities.every(isCity))
    throw new BackendError('invalid', 'investment.match.cities')
  return { profile: cleanProfile(isObject(x) ? x.profile : undefined), cities: [...new Set(cities)] }
}

export function embeddedInvestmentApi(options: { data?: InvestmentDataset; now?: () => number } = {}): InvestmentApi {
  const { parks, projects, policies } = options.data ?? bundledInvestmentData()
  const now = options.now ?? Date.now
  const parksIn = localized(parks)
  const projectsIn = localized(projects)
  const policiesIn = localized(policies)
  const channelsIn = localized(channels as OnlineChannel[])
  return {
    listParks: async (locale) => parksIn(locale),
    getPark: async (id, locale) => byId(parksIn(locale), id, 'investment.park.unknown'),
    listProjects: async (locale) => projectsIn(locale),
    getProject: async (id, locale) => byId(projectsIn(locale), id, 'investment.project.unknown'),
    listPolicies: async (locale) => policiesIn(locale),
    getPolicy: async (id, locale) => {
      const policy = byId(policiesIn(locale), id, 'investment.policy.unknown')
      const named = new Set(policy.channels.map((c) => c.channelId))
      return { ...policy, online: channelsIn(locale).filter((c) => named.has(c.id)) }
    },
    matchPolicies: async (request, locale) => {
      const { profile, cities } = parseMatchRequest(request)
      // today in Beijing: a policy that expired yesterday there is not offered, whatever the device's zone
      const today = shanghaiDate(now())
      const all = policiesIn(locale)
      const result: Partial<Record<CityId, PolicyMatch[]>> = {}
      for (const city of cities) result[city] = matchCity(all, city, profile, today)
      return result
    }
  }
}
