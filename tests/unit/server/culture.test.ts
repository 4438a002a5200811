/**
 * @jest-environment node
 */
// 文化生活 reservations on the server: a venue's slot never holds more visitors than its capacity however many
// parties book at once, a visitor holds one place per slot whoever books them, and another user's reservation is
// as unknown as one that never existed.
import { shanghaiInstant } from '@/core/calendar/shanghai-time'
import { mainlandIdCheckChar } from '@/core/validators'
import { startTestServer, type TestServer } from './harness'

// Tuesday 2026-12-01, 08:00 Beijing; 2026-12-08 is the next Tuesday, open
const NOW = shanghaiInstant('2026-12-01', 8 * 60)
const VENUE = 'liang-qichao-memorial'
const CAPACITY = 80
const idOf = (n: number) => {
  const first17 = `44070319900101${String(n).padStart(3, '0')}`
  return first17 + mainlandIdCheckChar(first17)
}
const party = (key: string, ...people: number[]) => ({
  idempotencyKey: key,
  venueId: VENUE,
  date: '2026-12-08',
  slot: '10:00-11:00',
  visitors: people.map((n) => ({ name: '陈一', idType: 'mainland', idNumber: idOf(n) })),
  phoneRegion: 'cn',
  phone: '13800138000'
})

let server: TestServer
beforeEach(async () => {
  server = await startTestServer({ now: () => NOW })
})
afterEach(() => server.close())

async function call(method: string, path: string, token: string, body?: unknown, key?: string) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (key) headers['Idempotency-Key'] = key
  const res = await fetch(server.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, body: await res.json() }
}

test('60 parties of two at once for 80 places: exactly 40 get in, the rest hear it is full', async () => {
  const tokens = await Promise.all(Array.from({ length: 10 }, (_, i) => server.login(`user-${i}`)))
  const answers = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      call('POST', '/me/venue-reservations', tokens[i % 10], party(`p${i}`, 2 * i, 2 * i + 1), `p${i}`)
    )
  )
  expect(answers.filter((a) => a.status === 200)).toHaveLength(CAPACITY / 2)
  expect(answers.filter((a) => a.status !== 200).map((a) => a.body.error.reason)).toEqual(
    Array(20).fill('tourism.reserve.slotFull')
  )
  const slots = await call('GET', `/culture/venues/${VENUE}/slots?date=2026-12-08`, tokens[0])
  expect(slots.body.find((s: { slot: string }) => s.slot === '10:00-11:00')).toMatchObject({
    capacity: CAPACITY,
    booked: CAPACITY,
    remaining: 0
  })
})

test('a visitor holds one place per slot, even booked by two users at once; a cancel frees the places', async () => {
  const [a, b] = [await server.login('a'), await server.login('b')]
  const answers = await Promise.all([
    call('POST', '/me/venue-reservations', a, party('a', 1, 2), 'a'),
    call('POST', '/me/venue-reservations', b, party('b', 2, 3), 'b')
  ])
  expect(answers.map((x) => x.status).sort()).toEqual([200, 409])
  expect(answers.find((x) => x.status === 409)?.body.error.reason).toBe('tourism.reserve.duplicatePerson')
  const [winner, token] = answers[0].status === 200 ? [answers[0].body, a] : [answers[1].body, b]
  const other = token === a ? b : a
  // the other user can neither read nor cancel it, and hears exactly what an unknown id gets
  const theirs = await call('POST', `/me/venue-reservations/${winner.id}/cancel`, other, undefined, 'c1')
  const nobody = await call('POST', '/me/venue-reservations/VRNOSUCHTHING/cancel', other, undefined, 'c2')
  expect(theirs).toEqual(nobody)
  expect(theirs.status).toBe(404)
  expect((await call('GET', `/me/venue-reservations/${winner.id}`, other)).status).toBe(404)
  expect((await call('GET', '/me/venue-reservations', other)).body).toEqual([])
  // its owner cancels it, and the same visitors may book the slot again
  const cancelled = await call('POST', `/me/venue-reservations/${winner.id}/cancel`, token, undefined, 'c3')
  expect(cancelled.body.status).toBe('cancelled')
  expect((await call('POST', '/me/venue-reservations', other, party('again', 1, 2, 3), 'again')).status).toBe(200)
})
