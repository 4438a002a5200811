/**
 * @jest-environment node
 */
// The failures of the reference server listed at the top of issue 13, each refused by the production server: it
// never exits on a client that drops mid-body or on an odd request target, decodes UTF-8 over the whole body,
// refuses a 50 MB body before reading it, answers 400 to a malformed percent-escape, takes only application/json,
// answers CORS for the configured H5 origin only, sends security headers, has /healthz and closes gracefully.
import http from 'node:http'
import { connect, rawRequest, readAnswer, write } from './raw-http'
import { startTestServer, type TestServer } from './harness'
import { LOG_REDACT } from '../../../server/app'

const H5 = 'https://h5.example.test'
let server: TestServer
let token: string

beforeEach(async () => {
  server = await startTestServer({ corsOrigin: H5 })
  token = await server.login('resident')
})
afterEach(() => server.close())

const healthy = async () => {
  const res = await fetch(`${server.origin}/healthz`)
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({ ok: true, database: server.db.kind })
}

const item = (title: string) => ({
  module: 'gov-services',
  kind: 'service',
  id: 'svc-0001',
  title,
  titleHant: title,
  route: '/x',
  at: 1
})

test('a client that drops the connection mid-body leaves the server answering', async () => {
  const socket = await connect(server.origin)
  const closed = new Promise((resolve) => socket.on('close', resolve))
  await write(
    socket,
    `POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Content-Length: 1000\r\n\r\n{"provider":"te`
  )
  socket.destroy()
  await closed
  await healthy()
  // and a login still works
  expect(await server.login('someone')).toMatch(/^[A-Za-z0-9_-]{40,}$/)
})

test.each(['//', 'http://[::1', '/%', '*', '/api/v1/../../etc/passwd'])(
  'the request target %s is answered with a refusal, never a crash',
  async (target) => {
    const answer = await rawRequest(server.origin, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)
    expect([400, 404]).toContain(answer.status)
    await healthy()
  }
)

test('UTF-8 is decoded over the whole body, not per chunk: a character split across two chunks arrives whole', async () => {
  const title = '江门市民服务中心'
  const body = Buffer.from(JSON.stringify(item(title)))
  // cut inside the first character's three bytes
  const at = body.indexOf(Buffer.from('江')) + 1
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      `${server.url}/me/history/gov-services/service/svc-0001`,
      {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      }
    )
    req.on('error', reject)
    // no Content-Length: chunked transfer encoding, each write its own chunk
    req.write(body.subarray(0, at), () => req.end(body.subarray(at)))
  })
  expect(status).toBe(200)
  const history = await (
    await fetch(`${server.url}/me/history`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()
  expect(history[0].title).toBe(title)
})

test('a 50 MB body is refused with 413 from its Content-Length, before any of it is sent', async () => {
  const answer = await rawRequest(
    server.origin,
    `POST /api/v1/me/bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Authorization: Bearer ${token}\r\nIdempotency-Key: k\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`
  )
  expect(answer.status).toBe(413)
  expect(JSON.parse(answer.body)).toEqual({ error: { code: 'invalid', reason: 'body.tooLarge' } })
  await healthy()
})

test('a chunked body is counted while it arrives: refused once past the limit, long before 50 MB', async () => {
  const socket = await connect(server.origin)
  const answer = readAnswer(socket)
  let answered = false
  void answer.then(
    () => (answered = true),
    () => (answered = true)
  )
  await write(
    socket,
    `POST /api/v1/me/history/gov-services/service/svc-0001 HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
      `Content-Type: application/json\r\nAuthorization: Bearer ${token}\r\nTransfer-Encoding: chunked\r\n\r\n`
  )
  const chunk = Buffer.alloc(64 * 1024, 'a')
  let sent = 0
  try {
    while (!answered && sent < 50 * 1024 * 1024) {
      await write(socket, Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]))
      sent += chunk.length
    }
  } catch {
    // the server may close the connection under a write: the answer was sent first
  }
  const { status } = await answer
  socket.destroy()
  expect(status).toBe(413)
  expect(sent).toBeLessThan(10 * 1024 * 1024)
  await healthy()
})

test('a malformed percent-escape is 400, in the path and in the query', async () => {
  for (const path of ['/gov/services/%E0%A4%A', '/gov/services/%zz', '/me/favourites/a/b/%']) {
    const res = await fetch(server.url + path, { headers: { Authorization: `Bearer ${token}` } })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'invalid', reason: 'url' } })
  }
  const query = await fetch(`${server.url}/gov/themes?locale=%zz`)
  expect(query.status).toBe(200)
  await healthy()
})

test('only application/json bodies: text/plain (what a cross-site form sends) is refused with 415 and stores nothing', async () => {
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    const res = await fetch(`${server.url}/me/history/gov-services/service/svc-0001`, {
      method: 'PUT',
      headers: { 'Content-Type': type, Authorization: `Bearer ${token}` },
      body: JSON.stringify(item('x'))
    })
    expect(res.status).toBe(415)
    expect(await res.json()).toEqual({ error: { code: 'invalid', reason: 'body.contentType' } })
  }
  const history = await fetch(`${server.url}/me/history`, { headers: { Authorization: `Bearer ${token}` } })
  expect(await history.json()).toEqual([])
})

test('malformed JSON and a body of the wrong shape are 400 and store nothing', async () => {
  const put = (body: string) =>
    fetch(`${server.url}/me/history/gov-services/service/svc-0001`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body
    })
  const broken = await put('{"module": ')
  expect(broken.status).toBe(400)
  expect(await broken.json()).toEqual({ error: { code: 'invalid', reason: 'json' } })
  const wrong = await put(JSON.stringify({ ...item('x'), at: 'yesterday' }))
  expect(await wrong.json()).toEqual({ error: { code: 'invalid', reason: 'savedItem.invalid' } })
  const history = await fetch(`${server.url}/me/history`, { headers: { Authorization: `Bearer ${token}` } })
  expect(await history.json()).toEqual([])
})

test('CORS answers the configured H5 origin only; every answer carries the security headers', async () => {
  const from = (origin: string) => fetch(`${server.url}/gov/themes`, { headers: { Origin: origin } })
  const own = await from(H5)
  expect(own.headers.get('access-control-allow-origin')).toBe(H5)
  expect(own.headers.get('vary')).toContain('Origin')
  const other = await from('https://evil.example.test')
  expect(other.headers.get('access-control-allow-origin')).toBeNull()
  const preflight = (origin: string) =>
    fetch(`${server.url}/me/bookings`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' }
    })
  const ok = await preflight(H5)
  expect(ok.status).toBe(204)
  expect(ok.headers.get('access-control-allow-headers')).toContain('Idempotency-Key')
  const refused = await preflight('https://evil.example.test')
  expect(refused.status).toBe(403)
  expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  for (const res of [own, other, refused]) {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  }
})

test('/healthz answers with the database it runs on; an unknown route is 404 in the contract shape', async () => {
  await healthy()
  const res = await fetch(`${server.url}/nowhere`)
  expect(res.status).toBe(404)
  expect(await res.json()).toEqual({ error: { code: 'not_found', reason: 'route' } })
})

test('graceful shutdown: a request in flight is answered, then the server is gone', async () => {
  const socket = await connect(server.origin)
  const answer = readAnswer(socket)
  // the request has reached the server (its headers are parsed) when the node server emits it
  const arrived = new Promise((resolve) => server.app.server.once('request', resolve))
  const body = JSON.stringify({ provider: 'test', code: 'late' })
  await write(
    socket,
    `POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`
  )
  await arrived
  const closed = server.close()
  // a new request while closing is told to come back later
  expect(
    (await rawRequest(server.origin, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n').catch(() => ({ status: 0 })))
      .status
  ).not.toBe(200)
  await write(socket, body.slice(10))
  expect((await answer).status).toBe(200)
  socket.destroy()
  await closed
  await expect(fetch(`${server.origin}/healthz`)).rejects.toThrow()
  // afterEach closes again: a second close must be harmless
})

test('structured logs carry no token, no key, no body and no database detail, even for a server error', async () => {
  await server.close()
  const lines: string[] = []
  const stream = { write: (line: string) => void lines.push(line) }
  server = await startTestServer({ logger: { level: 'info', stream, redact: LOG_REDACT } })
  const token = await server.login('resident')
  const title = '陈小明的收藏'
  await fetch(`${server.url}/me/history/gov-services/service/svc-0001`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': 'key-123' },
    body: JSON.stringify(item(title))
  })
  // a server error: the table it reads is gone for a moment
  await server.db.query('ALTER TABLE bookings RENAME TO bookings_away')
  try {
    const res = await fetch(`${server.url}/me/bookings`, { headers: { Authorization: `Bearer ${token}` } })
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ error: { code: 'server', reason: 'server' } })
  } finally {
    await server.db.query('ALTER TABLE bookings_away RENAME TO bookings')
  }
  const log = lines.join('')
  expect(lines.map((l) => JSON.parse(l).msg)).toContain('request failed')
  expect(log).toContain('42P01')
  for (const secret of [token, 'key-123', title]) expect(log).not.toContain(secret)
  // nor the client's address
  const requests = lines.map((l) => JSON.parse(l).req).filter(Boolean)
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.every((r) => r.remoteAddress === '[Redacted]')).toBe(true)
})

test('rate limits: per address on every request, per user on writes; a new window lets them through again', async () => {
  await server.close()
  let t = 0
  server = await startTestServer({
    rateLimits: { perAddress: 12, perUserWrites: 3, windowMs: 60_000 },
    rateClock: () => t
  })
  const [alice, bob] = [await server.login('alice'), await server.login('bob')]
  const put = (token: string) =>
    fetch(`${server.url}/me/history/gov-services/service/svc-0001`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(item('x'))
    })
  const statuses = async (n: number, send: () => Promise<Response>) => {
    const out: number[] = []
    for (let i = 0; i < n; i++) out.push((await send()).status)
    return out
  }
  // two logins so far; alice's fourth write is refused, bob's own still pass
  expect(await statuses(4, () => put(alice))).toEqual([200, 200, 200, 429])
  const refused = await put(alice)
  expect(await refused.json()).toEqual({ error: { code: 'rate_limited', reason: 'rate.limited' } })
  expect(refused.headers.get('retry-after')).toBe('60')
  expect(await statuses(2, () => put(bob))).toEqual([200, 200])
  // 2 + 5 + 2 = 9 requests from this address: three more reach the address limit
  expect(await statuses(4, () => fetch(`${server.url}/gov/themes`))).toEqual([200, 200, 200, 429])
  expect((await fetch(`${server.url}/gov/themes`)).headers.get('retry-after')).toBe('60')
  // /healthz is never limited: a load balancer's checks must not lock it out
  expect((await fetch(`${server.origin}/healthz`)).status).toBe(200)
  t += 60_000
  expect((await put(alice)).status).toBe(200)
})
