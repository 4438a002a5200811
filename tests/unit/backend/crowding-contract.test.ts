/**
 * @jest-environment node
 */
// 客流 answers the same on every implementation (tests/helpers/backends.ts): the embedded backend, and over HTTP the
// production server: the typical profile of a sight, none for an unknown one, and no live count unless someone
// counts visitors. With a live source (the embedded backend's, or on the server the sights' gate systems reporting
// with their device keys) the count is { count, capacity?, at }, and the HTTP client reads "no live data" (404
// crowding.live.none) as null.
import { randomBytes } from 'node:crypto'
import { embeddedCrowdingApi } from '@/backend/embedded/crowding'
import { httpCrowdingApi } from '@/backend/http/crowding'
import type { CrowdingApi } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import type { LiveCount } from '@/core/tourism/crowding'
import crowdingData from '@/data/tourism/crowding.json'
import { parseVisitorKeys } from '../../../server/auth/visitor-keys'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'
import { fetchTransport } from '../../helpers/fetch-transport'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'
import { startTestServer } from '../server/harness'

const client = (base: string) =>
  httpCrowdingApi({ base, transport: fetchTransport, retries: 0, timeoutMs: WAIT_TIMEOUT_MS })

describe.each(BACKEND_IMPLEMENTATIONS)('%s', (_, make) => {
  let api: CrowdingApi
  let close: () => Promise<void>
  beforeAll(async () => {
    const made = await make(testClock(Date.now()).now)
    api = made.crowding
    close = made.close
  })
  afterAll(() => close())

  test('the typical profile of a sight, as the sample data has it, with the level shares', async () => {
    const typical = await api.typical('zili-village')
    expect(typical.profile).toEqual(crowdingData.profiles['zili-village'])
    expect(typical.levels).toEqual(crowdingData.levels)
  })

  test('a sight without a profile has none', async () => {
    expect((await api.typical('atlantis')).profile).toBeNull()
  })

  test('no live count: the app falls back to the typical profile and says 通常', async () => {
    expect(await api.live('zili-village')).toBeNull()
  })
})

const at = Date.UTC(2026, 10, 28, 3, 0)
const counts: Record<string, LiveCount> = {
  'zili-village': { count: 4210, capacity: 6000, at },
  liyuan: { count: 800, at }
}

/** each implementation with a live source that has counted `counts` */
const COUNTING: [string, () => Promise<{ api: CrowdingApi; close(): Promise<void> }>][] = [
  [
    'embedded, with a live source',
    async () => ({
      api: embeddedCrowdingApi({ live: (id) => counts[id] ?? null }),
      close: async () => undefined
    })
  ],
  [
    'server, the gates reporting',
    async () => {
      const keys = Object.fromEntries(Object.keys(counts).map((id) => [id, randomBytes(32).toString('base64url')]))
      const visitorKeys = parseVisitorKeys(
        Object.entries(keys)
          .map(([id, key]) => `${id}=${key}`)
          .join(',')
      )
      const server = await startTestServer({ now: () => at + 5 * 60_000, visitorKeys })
      for (const [id, count] of Object.entries(counts)) {
        const res = await fetch(`${server.url}/office/sights/${id}/visitors`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${keys[id]}` },
          body: JSON.stringify(count)
        })
        expect(res.status).toBe(200)
      }
      return { api: client(server.url), close: server.close }
    }
  ]
]

describe.each(COUNTING)('%s', (_, make) => {
  let api: CrowdingApi
  let close: () => Promise<void>
  beforeAll(async () => {
    const made = await make()
    api = made.api
    close = made.close
  })
  afterAll(() => close())

  test('gives { count, capacity?, at }, and null where it counts nobody', async () => {
    expect(await api.live('zili-village')).toEqual({ count: 4210, capacity: 6000, at })
    expect(await api.live('liyuan')).toEqual({ count: 800, at })
    expect(await api.live('majianglong')).toBeNull()
  })
})

test('over HTTP, other failures are not read as "no live data"', async () => {
  const broken = client('http://127.0.0.1:1/api/v1')
  const error = await broken.live('zili-village').catch((e: unknown) => e)
  expect(isBackendError(error) && error.code).toBe('network')
})
