/**
 * @jest-environment node
 */
// The read-only catalogues come from the bundled data through the embedded backends' own code: every route answers
// what the embedded API answers, in both scripts, and an unknown id is the module's not_found.
import { embeddedTalentApi } from '@/backend/embedded/talent'
import { embeddedTourismApi } from '@/backend/embedded/tourism'
import { embeddedCrowdingApi } from '@/backend/embedded/crowding'
import type { Locale } from '@/core/domain'
import { startTestServer, type TestServer } from './harness'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())

const get = async (path: string) => {
  const res = await fetch(server.url + path)
  return { status: res.status, body: await res.json() }
}

const talent = embeddedTalentApi()
const tourism = embeddedTourismApi()
const crowding = embeddedCrowdingApi()

test.each<Locale>(['zh-Hans', 'zh-Hant'])('talent and tourism lists and records, %s', async (locale) => {
  const policy = (await talent.listPolicies(locale))[0]
  const sight = (await tourism.listSights(locale))[0]
  const route = (await tourism.listRoutes(locale))[0]
  const pairs: [string, unknown][] = [
    ['/talent/policies', await talent.listPolicies(locale)],
    [`/talent/policies/${policy.id}`, await talent.getPolicy(policy.id, locale)],
    ['/talent/postings', await talent.listPostings(locale)],
    ['/talent/fairs', await talent.listFairs(locale)],
    ['/talent/housing', await talent.listHousing(locale)],
    ['/tourism/sights', await tourism.listSights(locale)],
    [`/tourism/sights/${sight.id}`, await tourism.getSight(sight.id, locale)],
    [`/tourism/routes/${route.id}`, await tourism.getRoute(route.id, locale)],
    ['/tourism/stations', await tourism.listStations(locale)],
    ['/tourism/concessions', await tourism.listConcessionPolicies(locale)]
  ]
  for (const [path, expected] of pairs)
    expect({ path, ...(await get(`${path}?locale=${locale}`)) }).toEqual({
      path,
      status: 200,
      body: JSON.parse(JSON.stringify(expected))
    })
  expect((await get(`/tourism/sights/${sight.id}/crowding`)).body).toEqual(
    JSON.parse(JSON.stringify(await crowding.typical(sight.id)))
  )
})

test('unknown ids are each module’s not_found; nobody counts visitors yet', async () => {
  expect((await get('/talent/policies/nope')).body).toEqual({
    error: { code: 'not_found', reason: 'talent.policy.unknown' }
  })
  expect((await get('/tourism/sights/nope')).body).toEqual({
    error: { code: 'not_found', reason: 'tourism.sight.unknown' }
  })
  expect((await get('/culture/venues/nope')).body).toEqual({
    error: { code: 'not_found', reason: 'tourism.venues.unknown' }
  })
  const sight = (await tourism.listSights('zh-Hans'))[0]
  expect((await get(`/tourism/sights/${sight.id}/visitors`)).status).toBe(404)
})
