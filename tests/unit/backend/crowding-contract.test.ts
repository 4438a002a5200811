/**
 * @jest-environment node
 */
// 客流 answers the same on every implementation (tests/helpers/backends.ts): the embedded backend, and over HTTP the
// reference server and the production server: the typical profile of a sight, none for an unknown one, and no live
// count unless a server counts visitors; with a live source the reference server gives { count, capacity?, at },
// and the HTTP client reads "no live data" (404 crowding.live.none) as null.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createEmbeddedBackend } from '@/backend/embedded'
import { appealsDatasets, toSimplified } from '@/backend/embedded/appeals-data'
import { embeddedCrowdingApi } from '@/backend/embedded/crowding'
import { govDatasets } from '@/backend/embedded/gov-data'
import { httpCrowdingApi } from '@/backend/http/crowding'
import { memoryStorage } from '@/backend/storage/key-value'
import type { CrowdingApi } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import type { LiveCount } from '@/core/tourism/crowding'
import crowdingData from '@/data/tourism/crowding.json'
import { createApiHandler } from '../../../scripts/api-server'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'
import { fetchTransport } from '../../helpers/fetch-transport'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'

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

describe('a server that counts visitors', () => {
  const at = Date.UTC(2026, 10, 28, 3, 0)
  const counts: Record<string, LiveCount> = {
    'zili-village': { count: 4210, capacity: 6000, at },
    liyuan: { count: 800, at }
  }
  let server: http.Server
  let api: CrowdingApi
  beforeAll(async () => {
    const backend = createEmbeddedBackend(
      memoryStorage(),
      { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
      () => at
    )
    const crowding = embeddedCrowdingApi({ live: (id) => counts[id] ?? null })
    const handle = createApiHandler(backend, undefined, undefined, undefined, crowding)
    server = http.createServer((req, res) => void handle(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    api = client(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`)
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('gives { count, capacity?, at }, and null where it counts nobody', async () => {
    expect(await api.live('zili-village')).toEqual({ count: 4210, capacity: 6000, at })
    expect(await api.live('liyuan')).toEqual({ count: 800, at })
    expect(await api.live('majianglong')).toBeNull()
  })

  test('other failures are not read as "no live data"', async () => {
    const broken = client('http://127.0.0.1:1/api/v1')
    const error = await broken.live('zili-village').catch((e: unknown) => e)
    expect(isBackendError(error) && error.code).toBe('network')
  })
})
