/**
 * @jest-environment node
 */
// The server whose PostgreSQL is not there (nothing listens on its port): every request that needs the database is
// answered at once with 503 unavailable / database.unavailable and Retry-After, never 500 and never a hang;
// /healthz says 503; the in-memory catalogue and search still answer, the rate limit standing aside. Runs without
// any PostgreSQL; the restart of a real one under load is db-restart.pg-test.ts.
import { DatabaseUnavailable, isUnavailable, postgresDatabase } from '../../../server/db'
import { startServer, type RunningServer } from '../../../server/app'
import { testProvider } from '../../../server/auth/providers'
import { freePort } from './raw-http'
import { DEFAULT_RATE_LIMITS } from '../../../server/http/rate-limit'
import { send } from '../../../scripts/bench/server-load'

let server: RunningServer
beforeAll(async () => {
  const db = postgresDatabase(`postgresql://nobody@127.0.0.1:${await freePort()}/none`)
  server = await startServer({
    db,
    providers: { test: testProvider() },
    rateLimits: DEFAULT_RATE_LIMITS,
    closeDatabase: true
  })
})
afterAll(() => server.close())

const UNAVAILABLE = { error: { code: 'unavailable', reason: 'database.unavailable' } }

test('with no database, what needs it is 503 database.unavailable with Retry-After; what is in memory answers', async () => {
  for (const [method, path, body] of [
    ['POST', '/auth/login', { provider: 'test', code: 'someone' }],
    ['GET', '/me/appeals', undefined],
    ['POST', '/me/bookings', { idempotencyKey: 'k' }],
    ['GET', '/gov/halls/hall-0001/availability?date=2026-12-01', undefined]
  ] as const) {
    const r = await send(
      server.url + path,
      method,
      path.startsWith('/me') ? 'a-token-of-the-right-shape-0123456789' : undefined,
      body
    )
    expect({ path, status: r.status, body: r.body, retryAfter: r.retryAfter }).toEqual({
      path,
      status: 503,
      body: UNAVAILABLE,
      retryAfter: '2'
    })
  }
  expect((await send(`${server.origin}/healthz`, 'GET')).status).toBe(503)
  const search = await send(`${server.url}/search?q=kpdl`, 'GET')
  expect(search.status).toBe(200)
  expect(search.body.hits.length).toBeGreaterThan(0)
  expect((await send(`${server.url}/gov/services?zone=jiangmen`, 'GET')).status).toBe(200)
})

test('what counts as the database being out', () => {
  const withCode = (code: string) => Object.assign(new Error('x'), { code })
  for (const e of [
    withCode('ECONNREFUSED'),
    withCode('57P01'),
    withCode('57P03'),
    withCode('08006'),
    withCode('53300'),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    Object.assign(new Error('all'), { errors: [withCode('ECONNREFUSED'), withCode('ECONNREFUSED')] }),
    new DatabaseUnavailable(undefined)
  ])
    expect({ e: String(e), out: isUnavailable(e) }).toEqual({ e: String(e), out: true })
  for (const e of [
    withCode('23505'),
    withCode('40001'),
    withCode('42P01'),
    new Error('booking.slotFull'),
    Object.assign(new Error('mixed'), { errors: [withCode('ECONNREFUSED'), withCode('23505')] }),
    undefined,
    'text'
  ])
    expect({ e: String(e), out: isUnavailable(e) }).toEqual({ e: String(e), out: false })
})
