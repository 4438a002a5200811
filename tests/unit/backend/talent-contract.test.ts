/**
 * @jest-environment node
 */
// The 人才服务 reference data answers the same on the embedded backend and over HTTP against the reference server:
// lists, one record by id (a policy with its online channels resolved), both scripts, and not_found.
import { embeddedTalentApi } from '@/backend/embedded/talent'
import { httpTalentApi } from '@/backend/http/talent'
import type { TalentApi } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import { startApiServer } from '../../../scripts/api-server'
import { fetchTransport } from '../../helpers/fetch-transport'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'

let close: () => Promise<void> = async () => undefined
const IMPLEMENTATIONS: [string, () => Promise<TalentApi>][] = [
  ['embedded', async () => embeddedTalentApi()],
  [
    'http',
    async () => {
      const server = await startApiServer(0)
      close = server.close
      return httpTalentApi({ base: server.url, transport: fetchTransport, retries: 0, timeoutMs: WAIT_TIMEOUT_MS })
    }
  ]
]

describe.each(IMPLEMENTATIONS)('%s', (_, make) => {
  let api: TalentApi
  beforeAll(async () => {
    api = await make()
  })
  afterAll(() => close())

  test('lists every policy, posting, fair and housing project', async () => {
    const [policies, postings, fairs, housing] = await Promise.all([
      api.listPolicies('zh-Hans'),
      api.listPostings('zh-Hans'),
      api.listFairs('zh-Hans'),
      api.listHousing('zh-Hans')
    ])
    expect(policies.length).toBeGreaterThanOrEqual(30)
    expect(postings.length).toBeGreaterThanOrEqual(80)
    expect(fairs.length).toBeGreaterThan(0)
    expect(housing.length).toBeGreaterThan(0)
    expect(await api.getPosting(postings[0].id, 'zh-Hans')).toEqual(postings[0])
    expect(await api.getHousing(housing[0].id, 'zh-Hans')).toEqual(housing[0])
  })

  test('a policy comes with the official channels it names, in the script asked for', async () => {
    const hans = await api.getPolicy('jm-graduate-living', 'zh-Hans')
    expect(hans.online.map((c) => c.id)).toEqual(['yss'])
    const hant = await api.getPolicy('jm-graduate-living', 'zh-Hant')
    expect(hant.title).toContain('碩博')
  })

  test('an unknown id is not_found with the module’s reason', async () => {
    const error = await api.getPolicy('no-such-policy', 'zh-Hans').catch((e: unknown) => e)
    expect(isBackendError(error) && [error.code, error.reason]).toEqual(['not_found', 'talent.policy.unknown'])
  })
})
