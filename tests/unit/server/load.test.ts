/**
 * @jest-environment node
 */
// A small run of the bounded load test (scripts/bench/server-load.ts, which `npm run bench` runs at full size):
// signed-in users sending a fixed number of requests, a fixed number at a time, over the catalogue, search,
// bookings, appeals and applications, with the rate limits counted. Only the outcome is checked, never a time: no
// 5xx and no request left unanswered, no refusal, and every acknowledged write stored exactly once, in its user's
// lists and in the tables.
import { loginUsers, runLoad, verifyStored } from '../../../scripts/bench/server-load'
import { startTestServer, type TestServer } from './harness'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ rateLimits: { perAddress: 1e9, perUserWrites: 1e9, windowMs: 60_000 } })
})
afterAll(() => server.close())

const count = async (table: string) =>
  (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n

test('under concurrent load every route answers and every acknowledged write is stored once', async () => {
  const tokens = await loginUsers(server.url, 6)
  const result = await runLoad({ base: server.url, tokens, requests: 240, concurrency: 12 })
  expect(result.failures).toEqual([])
  expect(result.refusals).toEqual({})
  expect(result.routes.map((r) => r.route)).toEqual([
    'GET /gov/halls/:id/availability',
    'GET /gov/services',
    'GET /gov/services/:id',
    'GET /me/appeals',
    'GET /me/applications',
    'GET /search',
    'GET /tourism/sights',
    'POST /me/appeals',
    'POST /me/applications',
    'POST /me/bookings'
  ])
  expect(result.routes.reduce((n, r) => n + r.count, 0)).toBe(240)
  // 240 requests of the 20-request mix: 2 bookings, 2 appeals and 1 application in every 20
  const acked = (kind: string) => result.acked.filter((a) => a.kind === kind).length
  expect([acked('booking'), acked('appeal'), acked('application')]).toEqual([24, 24, 12])
  expect(await verifyStored(server.url, tokens, result.acked)).toEqual({ missing: [], extra: [] })
  expect([await count('bookings'), await count('appeals'), await count('applications')]).toEqual([24, 24, 12])
  // every booking counted once in its slot
  const { rows } = await server.db.query<{ n: number }>('SELECT coalesce(sum(booked), 0)::int AS n FROM slots')
  expect(rows[0].n).toBe(24)
})
