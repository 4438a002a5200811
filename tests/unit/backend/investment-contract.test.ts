/**
 * @jest-environment node
 */
// The 招商服务 reference data and policy matching answer the same on every implementation of the data boundary (the
// embedded backend, and over HTTP the production server): lists, one record by id (a policy with its online channels resolved), both scripts, not_found
// with the module's reasons, matching per city on today's Beijing date with the profile cleaned, and invalid for
// cities that are not the zone's. The data is the test's own, so the contract holds whatever the bundle says.
import type { InvestmentDataset } from '@/backend/embedded/investment'
import type { InvestmentApi, MatchRequest } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import type { EnterprisePolicy, InvestmentProject, Park } from '@/core/investment/types'
import { BACKEND_IMPLEMENTATIONS, type MadeBackend } from '../../helpers/backends'
import { startTestServer } from '../server/harness'

// Tuesday 1 December 2026, 07:00 in Jiangmen, while it is still 30 November in UTC
const NOW = Date.parse('2026-12-01T07:00:00+08:00')

const park: Park = {
  id: 'test-park',
  name: '测试江门产业园',
  aliases: ['测试园'],
  kind: 'industrial_park',
  district: 'xinhui',
  address: '江门市新会区示例路 1 号',
  summary: '示例园区，只用于测试。',
  area: { value: 20, unit: 'km2' },
  industries: ['battery_storage', 'equipment'],
  land: { availableMu: 1200, price: { min: 200000, max: 300000, unit: 'yuan_per_mu' } },
  utilities: ['双回路供电'],
  transport: ['江门港'],
  from: {
    shenzhen: { km: 110, minutes: 80, via: '深中通道' },
    zhongshan: { km: 40, minutes: 35, via: '江珠高速' }
  },
  highlights: ['示例：园区连片用地'],
  contacts: [{ name: '测试园区招商部', phone: '0750-0000000', sample: true }],
  latitude: 22.5,
  longitude: 113.0,
  source: '测试数据'
}
const other: Park = { ...park, id: 'test-park-2', name: '测试蓬江园', district: 'pengjiang' }

const project: InvestmentProject = {
  id: 'test-project',
  name: '测试储能电池项目',
  aliases: [],
  kind: 'attract',
  industry: 'battery_storage',
  park: park.id,
  district: 'xinhui',
  investmentWan: 50000,
  landMu: 150,
  models: ['sz_rd_jm_production', 'sole'],
  status: 'open',
  summary: '示例项目，只用于测试。',
  detail: ['引进储能电池生产线'],
  advantages: ['靠近江门港'],
  publishedOn: '2026-10-01',
  contact: { name: '测试园区招商部', phone: '0750-0000000', sample: true }
}

const policy = (over: Partial<EnterprisePolicy> & Pick<EnterprisePolicy, 'id' | 'city'>): EnterprisePolicy => ({
  title: '高新技术企业认定奖励',
  aliases: [],
  issuer: '江门市科学技术局',
  docNumber: '江科〔2026〕示例1号',
  issuedOn: '2026-01-01',
  effectiveFrom: '2026-01-01',
  expiresOn: '2028-12-31',
  checkedOn: '2026-11-20',
  benefit: 'reward',
  mode: 'apply',
  amount: { yuan: 100000, payment: { kind: 'once' } },
  summary: '首次认定为高新技术企业的，给予奖励。',
  conditions: { fact: 'qualifications', in: ['high_tech'], label: '企业资质' },
  conditionText: ['首次认定为高新技术企业'],
  materials: [{ name: '营业执照', exempt: true }],
  window: { kind: 'year_round' },
  channels: [{ name: '粤商通', channelId: 'yst' }],
  phone: '0750-0000000',
  revision: 1,
  changes: [],
  sample: true,
  source: '测试数据',
  ...over
})

const DATA: InvestmentDataset = {
  parks: [park, other],
  projects: [project],
  policies: [
    policy({ id: 'jm-high-tech', city: 'jiangmen' }),
    policy({
      id: 'jm-revenue',
      city: 'jiangmen',
      title: '规上工业企业增长奖励',
      benefit: 'subsidy',
      conditions: { fact: 'revenueWan', op: '>=', value: 2000, label: '上年营业收入', unit: '万元' },
      channels: []
    }),
    // its last day was the day before today in Beijing: never offered
    policy({ id: 'jm-expired', city: 'jiangmen', title: '已到期的奖励', expiresOn: '2026-11-30' }),
    policy({ id: 'sz-high-tech', city: 'shenzhen', title: '深圳高新技术企业培育资助', issuer: '深圳市科技创新局' })
  ]
}

const reasonOf = (e: unknown) => (isBackendError(e) ? [e.code, e.reason] : e)

describe.each(BACKEND_IMPLEMENTATIONS)('%s', (_, make) => {
  let made: MadeBackend
  let api: InvestmentApi
  beforeAll(async () => {
    made = await make(() => NOW, { investment: DATA })
    api = made.investment
  })
  afterAll(() => made.close())

  test('lists every park, project and policy, and each one by id', async () => {
    const [parks, projects, policies] = await Promise.all([
      api.listParks('zh-Hans'),
      api.listProjects('zh-Hans'),
      api.listPolicies('zh-Hans')
    ])
    expect(parks.map((p) => p.id)).toEqual(['test-park', 'test-park-2'])
    expect(projects).toEqual([project])
    expect(policies.map((p) => p.id)).toEqual(['jm-high-tech', 'jm-revenue', 'jm-expired', 'sz-high-tech'])
    expect(await api.getPark('test-park-2', 'zh-Hans')).toEqual(other)
    expect(await api.getProject('test-project', 'zh-Hans')).toEqual(project)
  })

  test('in 繁體 when asked, the same records', async () => {
    const hant = await api.getPark('test-park', 'zh-Hant')
    expect(hant.name).toBe('測試江門產業園')
    expect(hant.land).toEqual(park.land)
    expect((await api.getProject('test-project', 'zh-Hant')).name).toBe('測試儲能電池項目')
    expect((await api.listPolicies('zh-Hant'))[0].title).toBe('高新技術企業認定獎勵')
  })

  test('a policy comes with the official channels it names', async () => {
    const detail = await api.getPolicy('jm-high-tech', 'zh-Hans')
    expect(detail.online.map((c) => c.id)).toEqual(['yst'])
    expect(detail.docNumber).toBe('江科〔2026〕示例1号')
    expect((await api.getPolicy('jm-revenue', 'zh-Hans')).online).toEqual([])
  })

  test('an unknown id is not_found with the module’s reason', async () => {
    const errors = await Promise.all([
      api.getPark('no-such-park', 'zh-Hans').catch(reasonOf),
      api.getProject('no-such-project', 'zh-Hans').catch(reasonOf),
      api.getPolicy('no-such-policy', 'zh-Hans').catch(reasonOf)
    ])
    expect(errors).toEqual([
      ['not_found', 'investment.park.unknown'],
      ['not_found', 'investment.project.unknown'],
      ['not_found', 'investment.policy.unknown']
    ])
  })

  test('matching checks each asked city’s policies in force on today’s Beijing date', async () => {
    const request: MatchRequest = {
      profile: { qualifications: ['high_tech'], revenueWan: 1500 },
      cities: ['jiangmen', 'shenzhen']
    }
    const result = await api.matchPolicies(request, 'zh-Hans')
    expect(Object.keys(result).sort()).toEqual(['jiangmen', 'shenzhen'])
    const jiangmen = result.jiangmen!
    // the expired one is left out; the qualified one first, then the miss by 500 万元
    expect(jiangmen.map((m) => [m.policy.id, m.verdict])).toEqual([
      ['jm-high-tech', 'qualified'],
      ['jm-revenue', 'near']
    ])
    expect(jiangmen[0].reasons.map((r) => r.leaf.label)).toEqual(['企业资质'])
    expect(jiangmen[1].reasons[0]).toMatchObject({ outcome: 'unmet', gap: 500 })
    expect(result.shenzhen!.map((m) => [m.policy.id, m.verdict])).toEqual([['sz-high-tech', 'qualified']])
    // only the cities asked for
    expect(Object.keys(await api.matchPolicies({ ...request, cities: ['shenzhen', 'shenzhen'] }, 'zh-Hans'))).toEqual([
      'shenzhen'
    ])
  })

  test('matching in 繁體 names the policies in 繁體', async () => {
    const result = await api.matchPolicies({ profile: {}, cities: ['shenzhen'] }, 'zh-Hant')
    expect(result.shenzhen![0].policy.title).toBe('深圳高新技術企業培育資助')
    expect(result.shenzhen![0].verdict).toBe('unknown')
    expect(result.shenzhen![0].unanswered).toEqual(['qualifications'])
  })

  test('answers the vocabulary does not allow are dropped, never matched as facts', async () => {
    const profile = { qualifications: ['high_tech', 'made_up'], revenueWan: 'lots', secret: 'x' }
    const result = await api.matchPolicies({ profile, cities: ['jiangmen'] } as unknown as MatchRequest, 'zh-Hans')
    const verdicts = Object.fromEntries(result.jiangmen!.map((m) => [m.policy.id, m.verdict]))
    expect(verdicts).toEqual({ 'jm-high-tech': 'unknown', 'jm-revenue': 'unknown' })
  })

  test('cities that are not the zone’s are invalid', async () => {
    const bad: unknown[] = [[], ['beijing'], ['jiangmen', 'guangzhou'], 'jiangmen', undefined]
    for (const cities of bad) {
      const error = await api
        .matchPolicies({ profile: {}, cities } as unknown as MatchRequest, 'zh-Hans')
        .catch(reasonOf)
      expect(error).toEqual(['invalid', 'investment.match.cities'])
    }
  })
})

describe('the production server, over HTTP', () => {
  let url = ''
  let stop: () => Promise<void> = async () => undefined
  beforeAll(async () => {
    const server = await startTestServer({ now: () => NOW, investment: DATA })
    url = server.url
    stop = server.close
  })
  afterAll(() => stop())

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/investment/match?locale=zh-Hans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body)
    })

  test('answers 400 for bad cities and a body that is not JSON', async () => {
    const bad = await post({ profile: {}, cities: ['macau'] })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: { code: 'invalid', reason: 'investment.match.cities' } })
    expect((await post('{not json')).status).toBe(400)
  })

  test('keeps no profile: a repeated Idempotency-Key is matched afresh, never answered from memory', async () => {
    const key = { 'Idempotency-Key': 'same-key' }
    const first = await post({ profile: { qualifications: ['high_tech'] }, cities: ['jiangmen'] }, key)
    const second = await post({ profile: { qualifications: ['specialized'] }, cities: ['jiangmen'] }, key)
    const verdict = async (r: Response) => ((await r.json()) as { jiangmen: { verdict: string }[] }).jiangmen[0].verdict
    expect(await verdict(first)).toBe('qualified')
    expect(await verdict(second)).not.toBe('qualified')
  })

  test('serves the bundled data when given none', async () => {
    const server = await startTestServer()
    try {
      const res = await fetch(`${server.url}/investment/parks/no-such-park`)
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ error: { code: 'not_found', reason: 'investment.park.unknown' } })
    } finally {
      await server.close()
    }
  })
})

// the bundled sample data, as each implementation serves it by default
describe.each(BACKEND_IMPLEMENTATIONS)('bundled data, %s', (_, make) => {
  let made: MadeBackend
  let api: InvestmentApi
  beforeAll(async () => {
    made = await make(() => NOW)
    api = made.investment
  })
  afterAll(() => made.close())

  test('the parks, projects and policies the issue asks for, every project in a park served by id', async () => {
    const [parks, projects, policies, hant] = await Promise.all([
      api.listParks('zh-Hans'),
      api.listProjects('zh-Hans'),
      api.listPolicies('zh-Hans'),
      api.listProjects('zh-Hant')
    ])
    expect(parks.length).toBeGreaterThanOrEqual(12)
    expect(projects.length).toBeGreaterThanOrEqual(40)
    expect(policies.length).toBeGreaterThanOrEqual(30)
    expect(hant.map((p) => p.id)).toEqual(projects.map((p) => p.id))
    const parkIds = new Set(parks.map((p) => p.id))
    for (const p of projects) expect(parkIds).toContain(p.park)
    expect(await api.getProject(projects[0].id, 'zh-Hans')).toEqual(projects[0])
    expect(await api.getPark(projects[0].park, 'zh-Hans')).toEqual(parks.find((p) => p.id === projects[0].park))
  })

  test('each policy’s page resolves only the official channels it names', async () => {
    for (const p of await api.listPolicies('zh-Hans')) {
      const named = p.channels.map((c) => c.channelId).filter(Boolean)
      const detail = await api.getPolicy(p.id, 'zh-Hans')
      expect(detail.online.map((c) => c.id).sort()).toEqual([...new Set(named)].sort())
    }
  })

  test('matching the same profile side by side gives each city its own policies in force', async () => {
    const profile = { qualifications: ['high_tech'], revenueWan: 8000, rdSpendWan: 500, district: 'xinhui' }
    const result = await api.matchPolicies({ profile, cities: ['jiangmen', 'shenzhen'] }, 'zh-Hans')
    for (const city of ['jiangmen', 'shenzhen'] as const) {
      expect(result[city]!.length).toBeGreaterThan(0)
      for (const m of result[city]!) {
        expect(m.policy.city).toBe(city)
        expect(m.status.status).not.toBe('expired')
      }
    }
    expect(result.jiangmen!.some((m) => m.verdict === 'qualified')).toBe(true)
  })
})
