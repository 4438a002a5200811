/**
 * @jest-environment node
 */
// The HTTP client's PUT /me/subscriptions against the production server, signed in as the resident.
import { httpSubscriptionsApi } from '@/backend/http/subscriptions'
import type { Transport } from '@/backend/http/client'
import { fetchTransport } from '../../helpers/fetch-transport'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'
import { startTestServer, type TestServer } from '../server/harness'

describe('PUT /me/subscriptions through the app client', () => {
  let server: TestServer
  afterEach(() => server?.close())

  test('records the accepted templates once, per kind, for the signed-in resident only', async () => {
    server = await startTestServer()
    const token = await server.login('resident')
    const other = await server.login('someone-else')
    const signed =
      (t: string): Transport =>
      (request) =>
        fetchTransport({ ...request, headers: { ...request.headers, Authorization: `Bearer ${t}` } })
    const api = httpSubscriptionsApi({
      base: server.url,
      transport: signed(token),
      retries: 0,
      timeoutMs: WAIT_TIMEOUT_MS
    })
    const recorded = await api.record('appeal', ['tpl-a', 'tpl-b'])
    expect(recorded.map((s) => [s.templateId, s.kind, s.available])).toEqual([
      ['tpl-a', 'appeal', true],
      ['tpl-b', 'appeal', true]
    ])
    // again: still one acceptance each
    expect(await api.record('appeal', ['tpl-a'])).toHaveLength(2)
    expect(await api.record('application', ['tpl-c'])).toHaveLength(3)
    const theirs = httpSubscriptionsApi({
      base: server.url,
      transport: signed(other),
      retries: 0,
      timeoutMs: WAIT_TIMEOUT_MS
    })
    expect(await theirs.list()).toEqual([])
    // more than a platform offers at once is refused
    await expect(api.record('appeal', ['a', 'b', 'c', 'd'])).rejects.toMatchObject({ code: 'invalid' })
  })
})
