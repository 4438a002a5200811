/**
 * @jest-environment node
 */
// 招商服务 on the production server: the parks, projects and 惠企政策 are the embedded backend's answers in both
// scripts, and matching is the embedded backend's on today's Beijing date; a body of the wrong shape is 400
// investment.match.cities, and the company profile is matched and forgotten: no row of any table and no log line
// holds it, and a repeated Idempotency-Key is matched afresh.
import { embeddedInvestmentApi } from '@/backend/embedded/investment'
import type { Locale } from '@/core/domain'
import { LOG_REDACT } from '../../../server/app'
import { startTestServer, type TestServer } from './harness'

// Tuesday 1 December 2026, 07:00 in Jiangmen, while it is still 30 November in UTC
const NOW = Date.parse('2026-12-01T07:00:00+08:00')
const investment = embeddedInvestmentApi({ now: () => NOW })
const lines: string[] = []

let server: TestServer
beforeAll(async () => {
  const stream = { write: (line: string) => void lines.push(line) }
  server = await startTestServer({ now: () => NOW, logger: { level: 'trace', stream, redact: LOG_REDACT } })
})
afterAll(() => server.close())

const json = (res: Response) => res.json().then((body: unknown) => ({ status: res.status, body }))
const get = (path: string) => fetch(server.url + path).then(json)
const match = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/investment/match?locale=zh-Hans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  }).then(json)
const plain = (x: unknown) => JSON.parse(JSON.stringify(x))

test.each<Locale>(['zh-Hans', 'zh-Hant'])(
  'parks, projects and policies as the embedded backend, %s',
  async (locale) => {
    const [park] = await investment.listParks(locale)
    const [project] = await investment.listProjects(locale)
    const [policy] = await investment.listPolicies(locale)
    const pairs: [string, unknown][] = [
      ['/investment/parks', await investment.listParks(locale)],
      [`/investment/parks/${park.id}`, park],
      ['/investment/projects', await investment.listProjects(locale)],
      [`/investment/projects/${project.id}`, project],
      ['/investment/policies', await investment.listPolicies(locale)],
      [`/investment/policies/${policy.id}`, await investment.getPolicy(policy.id, locale)]
    ]
    for (const [path, expected] of pairs)
      expect({ path, ...(await get(`${path}?locale=${locale}`)) }).toEqual({ path, status: 200, body: plain(expected) })
  }
)

test('unknown ids are the module’s not_found', async () => {
  for (const [kind, reason] of [
    ['parks', 'investment.park.unknown'],
    ['projects', 'investment.project.unknown'],
    ['policies', 'investment.policy.unknown']
  ])
    expect(await get(`/investment/${kind}/nope`)).toEqual({
      status: 404,
      body: { error: { code: 'not_found', reason } }
    })
})

test('matching answers what the embedded backend answers, each city once', async () => {
  const profile = { qualifications: ['high_tech'], revenueWan: 8000, rdSpendWan: 500, district: 'xinhui' }
  const expected = await investment.matchPolicies({ profile, cities: ['jiangmen', 'shenzhen'] }, 'zh-Hans')
  expect(await match({ profile, cities: ['jiangmen', 'shenzhen', 'jiangmen'] })).toEqual({
    status: 200,
    body: plain(expected)
  })
})

test('a body of the wrong shape is 400 investment.match.cities; malformed JSON is 400 json', async () => {
  const cities = { error: { code: 'invalid', reason: 'investment.match.cities' } }
  const bodies: unknown[] = [
    { profile: {} },
    { profile: {}, cities: [] },
    { profile: {}, cities: ['beijing'] },
    { profile: {}, cities: ['jiangmen', 'guangzhou'] },
    { profile: {}, cities: 'jiangmen' },
    { profile: {}, cities: [1] },
    [],
    null
  ]
  for (const sent of bodies) expect({ sent, ...(await match(sent)) }).toEqual({ sent, status: 400, body: cities })
  expect(await match('{not json')).toEqual({ status: 400, body: { error: { code: 'invalid', reason: 'json' } } })
})

test('the profile is kept nowhere: every table is empty, no log line names it, a repeated key is matched afresh', async () => {
  const key = { 'Idempotency-Key': 'same-key' }
  const first = await match(
    { profile: { qualifications: ['high_tech'], revenueWan: 987654 }, cities: ['jiangmen'] },
    key
  )
  const second = await match({ profile: { revenueWan: 123456 }, cities: ['jiangmen'] }, key)
  const verdicts = (r: { body: unknown }) =>
    (r.body as { jiangmen: { verdict: string }[] }).jiangmen.map((m) => m.verdict)
  expect(verdicts(first)).toContain('qualified')
  expect(verdicts(second)).not.toEqual(verdicts(first))

  const { rows: tables } = await server.db.query<{ tablename: string }>(
    'SELECT tablename FROM pg_tables WHERE schemaname = current_schema()'
  )
  expect(tables.length).toBeGreaterThan(10)
  for (const { tablename } of tables) {
    if (tablename === 'schema_migrations' || tablename === 'office_accounts') continue
    const { rows } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tablename}`)
    expect({ tablename, rows: rows[0].n }).toEqual({ tablename, rows: 0 })
  }

  const log = lines.join('')
  expect(log).toContain('/investment/match')
  for (const secret of ['987654', '123456', 'high_tech', 'same-key']) expect(log).not.toContain(secret)
})
