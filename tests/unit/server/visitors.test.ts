/**
 * @jest-environment node
 */
// 客流 实时 on the server: a sight's gate system reports its visitor count with the sight's device key
// (VISITOR_KEYS), and GET /tourism/sights/{id}/visitors answers the latest count with its time. Nothing else opens
// the door: no key, an unknown key, a resident's session, an office login or another sight's key are refused, a
// body of the wrong shape or from the future is refused, and nothing is stored; a late report of an older count
// never replaces a newer one, in whatever order the reports arrive.
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { parseVisitorKeys } from '../../../server/auth/visitor-keys'
import { LOG_REDACT } from '../../../server/app'
import { startTestServer, type TestServer } from './harness'

const NOW = Date.UTC(2026, 11, 1, 2, 0)
const key = () => randomBytes(32).toString('base64url')
const ZILI = key()
const ZILI_SPARE = key()
const LIYUAN = key()
const KEYS = `zili-village=${ZILI}, zili-village=${ZILI_SPARE},liyuan=${LIYUAN}`

let server: TestServer
beforeEach(async () => {
  server = await startTestServer({ now: () => NOW, visitorKeys: parseVisitorKeys(KEYS) })
})
afterEach(() => server.close())

const report = async (sight: string, body: unknown, token?: string) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await fetch(`${server.url}/office/sights/${sight}/visitors`, {
    method: 'PUT',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: res.status, body: await res.json() }
}
const live = async (sight: string) => {
  const res = await fetch(`${server.url}/tourism/sights/${sight}/visitors`)
  return { status: res.status, body: await res.json() }
}
const stored = async () => (await server.db.query('SELECT * FROM sight_visitors')).rowCount

test('a gate reports with its sight’s key; the app reads the latest count with its time, whichever gate sent it', async () => {
  const first = await report('zili-village', { count: 4210, capacity: 6000, at: NOW - 60_000 }, ZILI)
  expect(first).toEqual({ status: 200, body: { count: 4210, capacity: 6000, at: NOW - 60_000 } })
  expect(await live('zili-village')).toEqual({ status: 200, body: { count: 4210, capacity: 6000, at: NOW - 60_000 } })
  // the sight's second key (a second gate, or the next key of a rotation) reports for the same sight
  expect((await report('zili-village', { count: 4300, at: NOW }, ZILI_SPARE)).status).toBe(200)
  expect((await live('zili-village')).body).toEqual({ count: 4300, at: NOW })
  expect(await live('liyuan')).toEqual({
    status: 404,
    body: { error: { code: 'not_found', reason: 'crowding.live.none' } }
  })
})

test('a count kept stays the latest however old it is: the app, not the server, stops showing it after 30 minutes', async () => {
  await report('liyuan', { count: 12, at: NOW - 3 * 3600_000 }, LIYUAN)
  expect((await live('liyuan')).body).toEqual({ count: 12, at: NOW - 3 * 3600_000 })
})

test('without the sight’s own key nothing is stored: no key, an unknown one, a session, an office login, another sight’s', async () => {
  const count = { count: 10, at: NOW }
  const resident = await server.login('resident')
  const office = await server.officeLogin('center')
  for (const token of [undefined, key(), resident, office]) {
    expect(await report('zili-village', count, token)).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', reason: 'visitors.key.required' } }
    })
  }
  expect(await report('zili-village', count, LIYUAN)).toEqual({
    status: 403,
    body: { error: { code: 'forbidden', reason: 'visitors.key.sight' } }
  })
  // a sight no gate reports for, and one that does not exist, are the same refusal
  expect((await report('majianglong', count, ZILI)).status).toBe(403)
  expect((await report('atlantis', count, ZILI)).status).toBe(403)
  expect(await stored()).toBe(0)
})

test.each([
  ['a count that is not a number', { count: '10', at: NOW }],
  ['a negative count', { count: -1, at: NOW }],
  ['a fractional count', { count: 1.5, at: NOW }],
  ['no time', { count: 10 }],
  ['a time as text', { count: 10, at: '2026-12-01T10:00:00+08:00' }],
  ['a capacity of 0', { count: 10, capacity: 0, at: NOW }],
  ['an unknown field', { count: 10, at: NOW, gate: 'north' }],
  ['an array', [10, NOW]],
  ['null', null]
])('%s is 400 visitors.invalid and stores nothing', async (_case, body) => {
  expect(await report('zili-village', body, ZILI)).toEqual({
    status: 400,
    body: { error: { code: 'invalid', reason: 'visitors.invalid' } }
  })
  expect(await stored()).toBe(0)
})

test('a count from more than a minute ahead of the server’s clock is refused; malformed JSON is 400 json', async () => {
  expect((await report('zili-village', { count: 10, at: NOW + 60_000 }, ZILI)).status).toBe(200)
  expect(await report('liyuan', { count: 10, at: NOW + 60_001 }, LIYUAN)).toEqual({
    status: 400,
    body: { error: { code: 'invalid', reason: 'visitors.at.future' } }
  })
  expect(await report('liyuan', '{"count": 1', LIYUAN)).toEqual({
    status: 400,
    body: { error: { code: 'invalid', reason: 'json' } }
  })
  expect(await stored()).toBe(1)
})

test('reports in any order, at once or one by one, leave the latest count kept', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.integer({ min: 0, max: 24 * 60 }), { minLength: 1, maxLength: 8 }),
      fc.boolean(),
      async (minutesAgo, together) => {
        await server.db.query('TRUNCATE sight_visitors')
        const reports = minutesAgo.map((m) => ({ count: m, at: NOW - m * 60_000 }))
        if (together) await Promise.all(reports.map((r) => report('zili-village', r, ZILI)))
        else for (const r of reports) await report('zili-village', r, ZILI)
        const latest = Math.min(...minutesAgo)
        expect((await live('zili-village')).body).toEqual({ count: latest, at: NOW - latest * 60_000 })
      }
    ),
    { numRuns: 15 }
  )
})

test('VISITOR_KEYS: a malformed entry, a short key, a key given twice or an unknown sight stop the server at start', async () => {
  expect(parseVisitorKeys(undefined).size).toBe(0)
  expect(parseVisitorKeys(' , ').size).toBe(0)
  const long = key()
  for (const spec of [long, `=${long}`, `Zili=${long}`, 'liyuan=short', `liyuan=${long},nanlou=${long}`]) {
    let message = ''
    try {
      parseVisitorKeys(spec)
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toMatch(/^VISITOR_KEYS: /)
    // the message never quotes a key
    expect(message).not.toContain(long)
  }
  await expect(startTestServer({ visitorKeys: parseVisitorKeys(`atlantis=${long}`) })).rejects.toThrow(
    'VISITOR_KEYS: no sight atlantis in the catalogue'
  )
})

test('the device key never reaches a log line', async () => {
  await server.close()
  const lines: string[] = []
  const stream = { write: (line: string) => void lines.push(line) }
  server = await startTestServer({
    now: () => NOW,
    visitorKeys: parseVisitorKeys(KEYS),
    logger: { level: 'info', stream, redact: LOG_REDACT }
  })
  expect((await report('zili-village', { count: 10, at: NOW }, ZILI)).status).toBe(200)
  expect((await report('zili-village', { count: 10, at: NOW }, LIYUAN)).status).toBe(403)
  expect(lines.length).toBeGreaterThan(0)
  expect(lines.join('')).not.toContain(ZILI)
  expect(lines.join('')).not.toContain(LIYUAN)
})
