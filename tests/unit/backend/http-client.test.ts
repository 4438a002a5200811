// The HTTP client: timeouts, retries only where a repeat is harmless, errors mapped to stable codes.
import { createHttpClient, TransportFailure, type HttpRequest, type HttpResponse } from '@/backend/http/client'
import { failure } from '../../helpers/failure'

function scripted(...answers: (HttpResponse | TransportFailure)[]) {
  const seen: HttpRequest[] = []
  const transport = async (request: HttpRequest) => {
    seen.push(request)
    const next = answers.shift() ?? { status: 200, body: 'end' }
    if (next instanceof TransportFailure) throw next
    return next
  }
  const call = createHttpClient({ base: 'http://api', transport, sleep: async () => undefined })
  return { call, seen }
}

test('a GET that times out is retried, then succeeds', async () => {
  const { call, seen } = scripted(new TransportFailure('timeout'), { status: 200, body: [1] })
  expect(await call('GET', '/gov/themes', { query: { locale: 'zh-Hans' } })).toEqual([1])
  expect(seen).toHaveLength(2)
  expect(seen[0].url).toBe('http://api/gov/themes?locale=zh-Hans')
})

test('a POST without an idempotency key is never retried', async () => {
  const { call, seen } = scripted(new TransportFailure('network'))
  const e = await failure(call('POST', '/x', { body: {} }))
  expect(e.code).toBe('network')
  expect(seen).toHaveLength(1)
})

test('a POST with an idempotency key is retried and carries the key every time', async () => {
  const { call, seen } = scripted({ status: 503, body: null }, new TransportFailure('timeout'), {
    status: 200,
    body: { id: 'b' }
  })
  expect(await call('POST', '/me/bookings', { body: { a: 1 }, idempotencyKey: 'k' })).toEqual({ id: 'b' })
  expect(seen.map((r) => r.headers['Idempotency-Key'])).toEqual(['k', 'k', 'k'])
})

test('retries are bounded', async () => {
  const { call, seen } = scripted(
    new TransportFailure('timeout'),
    new TransportFailure('timeout'),
    new TransportFailure('timeout'),
    new TransportFailure('timeout')
  )
  const e = await failure(call('GET', '/x'))
  expect(e.code).toBe('timeout')
  expect(seen).toHaveLength(3)
})

test.each([
  [400, 'invalid'],
  [404, 'not_found'],
  [409, 'conflict'],
  [500, 'server']
])('status %i maps to %s, keeping the server reason', async (status, code) => {
  const { call } = scripted(...Array(3).fill({ status, body: { error: { code, reason: 'booking.slotFull' } } }))
  const e = await failure(call('GET', '/x'))
  expect(e.code).toBe(code)
  expect(e.reason).toBe('booking.slotFull')
})

test('client errors are not retried', async () => {
  const { call, seen } = scripted({ status: 404, body: null })
  await failure(call('GET', '/x'))
  expect(seen).toHaveLength(1)
})
