// 招商服务: the parks, projects and 惠企政策 of the bundled reference data (or a test's own) through the embedded
// backend's own code, and 惠企政策 matching on request with the app's own functions (src/core/investment/matching.ts):
// the profile cleaned to the facts the vocabulary allows, each city asked matched on today's Beijing date. The
// profile is matched and forgotten: no table holds it, no Idempotency-Key keeps its answer, bodies are never logged.
import { z } from 'zod'
import { shanghaiDate } from '@/core/calendar'
import { CITY_IDS, type CityId } from '@/core/domain'
import { cleanProfile, matchCity, type PolicyMatch } from '@/core/investment/matching'
import { embeddedInvestmentApi, type InvestmentDataset } from '@/backend/embedded/investment'
import { parseBody } from '../http/body'
import { localeOf, paramsOf, type RouteContext } from '../context'

/**
 * the profile and the cities, nothing else; the profile is any object, cleaned below to the facts the vocabulary
 * allows (an answer it does not know is dropped, never matched); the cities are the zone's, at least one
 */
const matchSchema = z.strictObject({
  profile: z.unknown(),
  cities: z.array(z.enum(CITY_IDS)).min(1)
})

export function investmentRoutes({ app, now }: RouteContext, data?: InvestmentDataset) {
  const investment = embeddedInvestmentApi({ data, now })

  app.get('/investment/parks', async (req) => investment.listParks(localeOf(req)))
  app.get('/investment/parks/:id', async (req) => investment.getPark(paramsOf(req).id, localeOf(req)))
  app.get('/investment/projects', async (req) => investment.listProjects(localeOf(req)))
  app.get('/investment/projects/:id', async (req) => investment.getProject(paramsOf(req).id, localeOf(req)))
  app.get('/investment/policies', async (req) => investment.listPolicies(localeOf(req)))
  app.get('/investment/policies/:id', async (req) => investment.getPolicy(paramsOf(req).id, localeOf(req)))

  // never under once(): a repeated Idempotency-Key is matched afresh, and nothing of the profile is written
  app.post('/investment/match', async (req) => {
    const body = parseBody(matchSchema, req.body, 'investment.match.cities')
    const profile = cleanProfile(body.profile)
    // today in Beijing: a policy that expired yesterday there is not offered, whatever the server's zone
    const today = shanghaiDate(now())
    const policies = await investment.listPolicies(localeOf(req))
    const result: Partial<Record<CityId, PolicyMatch[]>> = {}
    for (const city of new Set(body.cities)) result[city] = matchCity(policies, city, profile, today)
    return result
  })
}
