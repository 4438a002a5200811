/**
 * @jest-environment node
 */
// The app's own login against the server: the HTTP backend signs in with the test provider under the device's id
// (the H5 login), sends its token on /me routes, signs in again when the server ends the session, and two devices
// are two users who never see each other's records.
import type { SavedItem } from '@/core/domain'
import { createSession, SESSION_KEY, type ClientOptions, type HttpRequest, type Transport } from '@/backend/http/client'
import { httpGovApi } from '@/backend/http/gov'
import { httpUserApi } from '@/backend/http/user'
import { memoryStorage } from '@/backend/storage/key-value'
import { deviceId } from '@/platform/device-id'
import { fetchTransport } from '../../helpers/fetch-transport'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'
import { startTestServer, type TestServer } from './harness'

let server: TestServer
afterEach(async () => {
  await server?.close()
})

/** one device: its own storage (device id, kept token) and the requests it sent */
function device(base: string) {
  const storage = memoryStorage()
  const sent: HttpRequest[] = []
  const transport: Transport = (request) => {
    sent.push(request)
    return fetchTransport(request)
  }
  const session = createSession({
    base,
    transport,
    login: async () => ({ provider: 'test', code: deviceId(storage) }),
    storage,
    timeoutMs: WAIT_TIMEOUT_MS
  })
  const options: ClientOptions = { base, transport, session, retries: 0, timeoutMs: WAIT_TIMEOUT_MS }
  const logins = () => sent.filter((r) => r.url.endsWith('/auth/login')).length
  return { storage, sent, logins, user: httpUserApi(options), gov: httpGovApi(options) }
}

const item = (id: string): SavedItem => ({
  module: 'gov-services',
  kind: 'service',
  id,
  title: id,
  titleHant: id,
  route: '/x',
  at: Date.now()
})

test('two devices sign in as two users, each seeing only its own records', async () => {
  server = await startTestServer()
  const alice = device(server.url)
  const bob = device(server.url)

  expect((await alice.gov.listThemes('zh-Hans')).length).toBeGreaterThan(0)
  expect(alice.logins()).toBe(0) // the catalogue needs no login

  // concurrent first calls of one device share its one login
  await Promise.all([alice.user.toggleFavourite(item('a-1')), alice.user.addHistory(item('a-2'))])
  expect(alice.logins()).toBe(1)
  await bob.user.toggleFavourite(item('b-1'))

  expect((await alice.user.listFavourites()).map((i) => i.id)).toEqual(['a-1'])
  expect((await alice.user.listHistory()).map((i) => i.id)).toEqual(['a-2'])
  expect((await bob.user.listFavourites()).map((i) => i.id)).toEqual(['b-1'])
  expect(await bob.user.listHistory()).toEqual([])
  expect(await bob.user.isFavourite(item('a-1'))).toBe(false)
  await bob.user.clearHistory()
  expect((await alice.user.listHistory()).map((i) => i.id)).toEqual(['a-2'])

  // every /me request went signed, every catalogue one without a token
  const signed = (r: HttpRequest) => r.headers.Authorization?.startsWith('Bearer ') ?? false
  const me = alice.sent.filter((r) => r.url.startsWith(`${server.url}/me/`))
  expect(me.length).toBeGreaterThan(0)
  expect(me.every(signed)).toBe(true)
  expect(alice.sent.filter((r) => !me.includes(r)).some(signed)).toBe(false)
  expect(alice.logins()).toBe(1)
  expect(bob.logins()).toBe(1)
})

test('a session the server ended is renewed once and the call goes through as the same user', async () => {
  server = await startTestServer()
  const alice = device(server.url)
  await alice.user.toggleFavourite(item('a-1'))
  const { token } = alice.storage.get(SESSION_KEY) as { token: string }

  const out = await fetch(`${server.url}/auth/logout`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` }
  })
  expect(out.status).toBe(200)

  expect((await alice.user.listFavourites()).map((i) => i.id)).toEqual(['a-1'])
  expect(alice.logins()).toBe(2)
  expect((alice.storage.get(SESSION_KEY) as { token: string }).token).not.toBe(token)
})

test('the same device signs in again as the same user after its kept token is lost', async () => {
  server = await startTestServer()
  const alice = device(server.url)
  await alice.user.toggleFavourite(item('a-1'))
  alice.storage.remove(SESSION_KEY)
  expect((await alice.user.listFavourites()).map((i) => i.id)).toEqual(['a-1'])
  expect(alice.logins()).toBe(2)
})
