// The resident's session in the HTTP client: one login for concurrent calls, the token sent and kept with its
// expiry, renewed when it expires or the server refuses it (once), and the catalogue never signing in.
import { BackendError } from '@/backend/errors'
import {
  createHttpClient,
  createSession,
  SESSION_KEY,
  type HttpRequest,
  type HttpResponse
} from '@/backend/http/client'
import { memoryStorage } from '@/backend/storage/key-value'
import type { LoginCode } from '@/platform/login'
import { failure } from '../../helpers/failure'

const HOUR = 3600_000

/** a fake server: /auth/login hands out tok-1, tok-2, …; `refuse` decides which /me calls get a 401 */
function fakeServer(options: { refuse?: (request: HttpRequest) => string | undefined; start?: number } = {}) {
  let clock = options.start ?? 1_000_000
  let issued = 0
  const seen: HttpRequest[] = []
  const logins: unknown[] = []
  /** resolves the pending logins: a login waits until the test lets it answer */
  let release: (() => void) | undefined
  let held = false
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    seen.push(request)
    if (request.url.endsWith('/auth/login')) {
      logins.push(request.body)
      if (held) await new Promise<void>((resolve) => (release = resolve))
      issued++
      return { status: 200, body: { token: `tok-${issued}`, expiresAt: clock + 2 * HOUR } }
    }
    const reason = options.refuse?.(request)
    if (reason) return { status: 401, body: { error: { code: 'unauthorized', reason } } }
    return { status: 200, body: { url: request.url, auth: request.headers.Authorization ?? null } }
  }
  const login = jest.fn(async (): Promise<LoginCode> => ({ provider: 'test', code: 'alice' }))
  const storage = memoryStorage()
  const session = createSession({ base: 'http://api', transport, login, storage, now: () => clock })
  const call = createHttpClient({ base: 'http://api', transport, session, sleep: async () => undefined })
  return {
    call,
    seen,
    logins,
    login,
    storage,
    session,
    advance: (ms: number) => void (clock += ms),
    hold: () => void (held = true),
    letGo: () => {
      held = false
      release?.()
    },
    /** the /me calls the server saw, with the token each carried */
    meCalls: () => seen.filter((r) => r.url.includes('/me')).map((r) => r.headers.Authorization)
  }
}

test('the first /me call signs in with the platform code and sends the token', async () => {
  const s = fakeServer()
  expect(await s.call('GET', '/me/favourites')).toEqual({ url: 'http://api/me/favourites', auth: 'Bearer tok-1' })
  expect(s.logins).toEqual([{ provider: 'test', code: 'alice' }])
  expect(s.storage.get(SESSION_KEY)).toEqual({ base: 'http://api', token: 'tok-1', expiresAt: 1_000_000 + 2 * HOUR })
})

test('concurrent calls share one login in flight', async () => {
  const s = fakeServer()
  s.hold()
  const calls = [
    s.call('GET', '/me/favourites'),
    s.call('GET', '/me/history'),
    s.call('PUT', '/me/history/gov/service/x', { body: {} })
  ]
  // the login has started (its request is on the wire) and every call waits on it
  await waitUntil(() => s.logins.length === 1)
  s.letGo()
  const answers = await Promise.all(calls)
  expect(answers.map((a) => (a as { auth: string }).auth)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-1'])
  expect(s.logins).toHaveLength(1)
  expect(s.login).toHaveBeenCalledTimes(1)
})

test('the kept token is used until it expires, then a new one is made', async () => {
  const s = fakeServer()
  await s.call('GET', '/me/favourites')
  await s.call('GET', '/me/history')
  expect(s.logins).toHaveLength(1)
  s.advance(2 * HOUR - 30_000) // inside the margin before expiry: renewed before use
  await s.call('GET', '/me/history')
  expect(s.logins).toHaveLength(2)
  expect(s.meCalls()).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2'])
})

test('a token kept by an earlier run is used without signing in; one for another server is not', async () => {
  const first = fakeServer()
  first.storage.set(SESSION_KEY, { base: 'http://api', token: 'kept', expiresAt: 1_000_000 + HOUR })
  expect(await first.call('GET', '/me/favourites')).toMatchObject({ auth: 'Bearer kept' })
  expect(first.logins).toHaveLength(0)

  const other = fakeServer()
  other.storage.set(SESSION_KEY, { base: 'http://elsewhere', token: 'kept', expiresAt: 1_000_000 + HOUR })
  expect(await other.call('GET', '/me/favourites')).toMatchObject({ auth: 'Bearer tok-1' })
})

test.each(['session.expired', 'session.required'])(
  'a 401 %s signs in again and retries the call once',
  async (reason) => {
    const s = fakeServer({ refuse: (r) => (r.headers.Authorization === 'Bearer tok-1' ? reason : undefined) })
    expect(await s.call('POST', '/me/appeals', { body: { a: 1 } })).toMatchObject({ auth: 'Bearer tok-2' })
    expect(s.logins).toHaveLength(2)
    expect(s.meCalls()).toEqual(['Bearer tok-1', 'Bearer tok-2'])
  }
)

test('a second 401 is not retried again: the call fails with the server reason', async () => {
  const s = fakeServer({ refuse: () => 'session.expired' })
  const e = await failure(s.call('GET', '/me/favourites'))
  expect(e).toBeInstanceOf(BackendError)
  expect(e.reason).toBe('session.expired')
  expect(s.logins).toHaveLength(2)
  expect(s.meCalls()).toHaveLength(2)
})

test('another 401 (not a session refusal) is neither renewed nor retried', async () => {
  const s = fakeServer({ refuse: () => 'office.login.required' })
  const e = await failure(s.call('GET', '/me/favourites'))
  expect(e.reason).toBe('office.login.required')
  expect(s.logins).toHaveLength(1)
  expect(s.meCalls()).toHaveLength(1)
})

test('concurrent calls refused the same token share one new login', async () => {
  const s = fakeServer({ refuse: (r) => (r.headers.Authorization === 'Bearer tok-1' ? 'session.expired' : undefined) })
  await s.session.token()
  const answers = await Promise.all([s.call('GET', '/me/favourites'), s.call('GET', '/me/history')])
  expect(answers.map((a) => (a as { auth: string }).auth)).toEqual(['Bearer tok-2', 'Bearer tok-2'])
  expect(s.logins).toHaveLength(2)
})

test('catalogue calls never sign in and carry no token', async () => {
  const s = fakeServer()
  await s.call('GET', '/gov/themes', { query: { locale: 'zh-Hans' } })
  await s.call('GET', '/culture/venues')
  await s.call('POST', '/appeals/routing-proposals', { body: {}, idempotencyKey: 'k' })
  await s.call('GET', '/mentors') // a path that only starts like /me
  expect(s.logins).toHaveLength(0)
  expect(s.seen.every((r) => r.headers.Authorization === undefined)).toBe(true)
})

test('a refused login fails the call with its reason, and the next call tries again', async () => {
  let refuse = true
  const seen: string[] = []
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    seen.push(request.url)
    if (request.url.endsWith('/auth/login')) {
      return refuse
        ? { status: 401, body: { error: { code: 'unauthorized', reason: 'login.refused' } } }
        : { status: 200, body: { token: 't', expiresAt: Date.now() + HOUR } }
    }
    return { status: 200, body: request.headers.Authorization }
  }
  const session = createSession({
    base: 'http://api',
    transport,
    login: async () => ({ provider: 'wechat', code: 'c' }),
    storage: memoryStorage()
  })
  const call = createHttpClient({ base: 'http://api', transport, session })
  expect((await failure(call('GET', '/me/bookings'))).reason).toBe('login.refused')
  expect(seen).toEqual(['http://api/auth/login'])
  refuse = false
  expect(await call('GET', '/me/bookings')).toBe('Bearer t')
})

test('a platform that gives no code fails the call as a network failure, without reaching the server', async () => {
  const transport = jest.fn(async (): Promise<HttpResponse> => ({ status: 200, body: null }))
  const session = createSession({
    base: 'http://api',
    transport,
    login: () => Promise.reject({ errMsg: 'login:fail' }),
    storage: memoryStorage()
  })
  const call = createHttpClient({ base: 'http://api', transport, session })
  const e = await failure(call('GET', '/me/bookings'))
  expect([e.code, e.reason]).toEqual(['network', 'login.platform'])
  expect(transport).not.toHaveBeenCalled()
})

test('a client over a transport that carries a session uses it', async () => {
  const s = fakeServer()
  const transport = Object.assign((r: HttpRequest) => Promise.resolve({ status: 200, body: r.headers.Authorization }), {
    session: s.session
  })
  const call = createHttpClient({ base: 'http://api', transport })
  expect(await call('GET', '/me/history')).toBe('Bearer tok-1')
})

test('a 401, 403 or 429 is an answer, not retried as a server failure is', async () => {
  for (const status of [401, 403, 429]) {
    const seen: HttpRequest[] = []
    const transport = async (r: HttpRequest): Promise<HttpResponse> => {
      seen.push(r)
      return { status, body: { error: { code: 'x', reason: 'rate.limited' } } }
    }
    const call = createHttpClient({ base: 'http://api', transport, sleep: async () => undefined })
    await failure(call('GET', '/gov/themes'))
    expect(seen).toHaveLength(1)
  }
})

/** waits for a condition over the promise queue's turns, never for a time */
async function waitUntil(condition: () => boolean) {
  for (let turn = 0; !condition(); turn++) {
    if (turn > 1000) throw new Error('condition never held')
    await Promise.resolve()
  }
}
