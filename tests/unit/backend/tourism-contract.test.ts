/**
 * @jest-environment node
 */
// The 文旅服务 sights and routes answer the same on every implementation (tests/helpers/backends.ts): the embedded
// backend, and over HTTP the production server: lists, one record by id (a sight with its
// concession rules resolved), both scripts, and not_found.
import type { TourismApi } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import concessions from '@/data/tourism/concessions.json'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'

describe.each(BACKEND_IMPLEMENTATIONS)('%s', (_, make) => {
  let api: TourismApi
  let close: () => Promise<void>
  beforeAll(async () => {
    const made = await make(testClock(Date.now()).now)
    api = made.tourism
    close = made.close
  })
  afterAll(() => close())

  test('lists every sight, route, station and concession policy', async () => {
    const [sights, routes, stations, policies] = await Promise.all([
      api.listSights('zh-Hans'),
      api.listRoutes('zh-Hans'),
      api.listStations('zh-Hans'),
      api.listConcessionPolicies('zh-Hans')
    ])
    expect(sights.length).toBeGreaterThanOrEqual(25)
    expect(routes.length).toBeGreaterThanOrEqual(6)
    expect(stations.map((s) => s.name)).toContain('开平南站')
    expect(policies.map((p) => p.id)).toEqual(concessions.map((p) => p.id))
    expect(await api.getRoute(routes[0].id, 'zh-Hans')).toEqual(routes[0])
  })

  test('a sight comes with the rules of its concession policy; a free one with none', async () => {
    const zili = await api.getSight('zili-village', 'zh-Hans')
    expect(zili.concessions).toEqual(concessions.find((p) => p.id === 'guangdong')!.rules)
    expect((await api.getSight('chen-baisha', 'zh-Hans')).concessions).toEqual([])
  })

  test('繁體 on request', async () => {
    const hant = await api.getSight('zili-village', 'zh-Hant')
    expect(hant.name).toBe('自力村碉樓羣')
    expect((await api.listStations('zh-Hant')).map((s) => s.name)).toContain('開平南站')
  })

  test('an unknown id is not_found with the module’s reason', async () => {
    const sight = await api.getSight('no-such-sight', 'zh-Hans').catch((e: unknown) => e)
    expect(isBackendError(sight) && [sight.code, sight.reason]).toEqual(['not_found', 'tourism.sight.unknown'])
    const route = await api.getRoute('no-such-route', 'zh-Hans').catch((e: unknown) => e)
    expect(isBackendError(route) && [route.code, route.reason]).toEqual(['not_found', 'tourism.route.unknown'])
  })
})
