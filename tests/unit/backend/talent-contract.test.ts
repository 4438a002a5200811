/**
 * @jest-environment node
 */
// The 人才服务 reference data answers the same on every implementation (tests/helpers/backends.ts): the embedded
// backend, and over HTTP the production server: lists, one record by id (a policy with its
// online channels resolved), both scripts, and not_found.
import type { TalentApi } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'

describe.each(BACKEND_IMPLEMENTATIONS)('%s', (_, make) => {
  let api: TalentApi
  let close: () => Promise<void>
  beforeAll(async () => {
    const made = await make(testClock(Date.now()).now)
    api = made.talent
    close = made.close
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
