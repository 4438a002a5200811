/**
 * @jest-environment node
 */
// The rules that must hold under concurrency live in the database: 200 bookings at once for a slot of capacity 10
// give exactly 10; 100 repeats of one POST with one Idempotency-Key give one record; workflow transitions racing on
// one appeal pass once; references never repeat; and the tables refuse a write that breaks a rule even when no
// server code looks. Migrations are versioned and applied once.
import { bookingWindow } from '@/core/booking'
import { govDatasets } from '@/backend/embedded/gov-data'
import { migrate, readMigrations, splitStatements } from '../../../server/migrate'
import { sqlState } from '../../../server/db'
import { startTestServer, type TestServer } from './harness'
import { appealRequest, bookingRequest, caller, MONDAY as NOW, validId } from './requests'

const { services, halls } = govDatasets['zh-Hans']
const hall = halls.find((h) => h.slotCapacity === 10 && services.some((s) => s.bookable && s.hallIds.includes(h.id)))!
const service = services.find((s) => s.bookable && s.hallIds.includes(hall.id))!
const date = bookingWindow(NOW)[0]
const idOf = (n: number) => validId(String(n).padStart(3, '0'))
const booking = (key: string, person: number) =>
  bookingRequest({
    idempotencyKey: key,
    serviceId: service.id,
    hallId: hall.id,
    date,
    slot: hall.slots[0],
    idNumber: idOf(person)
  })

let server: TestServer
beforeEach(async () => {
  server = await startTestServer({ now: () => NOW })
})
afterEach(() => server.close())

const call = caller(() => server)
const post = (path: string, token: string, body: unknown, key: string) => call('POST', path, token, body, key)

const count = async (sql: string, params: unknown[] = []) =>
  (await server.db.query<{ n: number }>(sql, params)).rows[0].n

test('200 concurrent bookings for a slot of capacity 10 give exactly 10; the others hear it is full', async () => {
  const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => server.login(`user-${i}`)))
  const started = Date.now()
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) => post('/me/bookings', tokens[i % 20], booking(`k-${i}`, i), `k-${i}`))
  )
  const ms = Date.now() - started
  const ok = answers.filter((a) => a.status === 200)
  expect(ok).toHaveLength(10)
  expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.reason === 'booking.slotFull')).toBe(true)
  expect(answers.filter((a) => a.status !== 200 && a.status !== 409)).toEqual([])
  expect(new Set(ok.map((a) => a.body.reference)).size).toBe(10)
  expect(await count(`SELECT count(*)::int AS n FROM bookings WHERE status = 'active'`)).toBe(10)
  expect(await count('SELECT booked AS n FROM slots WHERE hall_id = $1', [hall.id])).toBe(10)
  const availability = await (await fetch(`${server.url}/gov/halls/${hall.id}/availability?date=${date}`)).json()
  expect(availability[0]).toEqual({ slot: hall.slots[0], capacity: 10, booked: 10, remaining: 0 })
  console.log(`200 concurrent bookings, capacity 10: ${ms} ms on ${server.db.kind}`)
})

test('100 concurrent repeats of one POST with one Idempotency-Key give one record and one answer', async () => {
  const token = await server.login('resident')
  const started = Date.now()
  const answers = await Promise.all(
    Array.from({ length: 100 }, () => post('/me/bookings', token, booking('once', 1), 'once'))
  )
  const ms = Date.now() - started
  expect(answers.every((a) => a.status === 200)).toBe(true)
  expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1)
  expect(await count('SELECT count(*)::int AS n FROM bookings')).toBe(1)
  expect(await count('SELECT booked AS n FROM slots WHERE hall_id = $1', [hall.id])).toBe(1)
  console.log(`100 repeats of one Idempotency-Key: ${ms} ms on ${server.db.kind}`)
})

test('a refusal keeps nothing under its key: corrected, the same key books', async () => {
  const token = await server.login('resident')
  const id = idOf(1)
  const wrong = { ...booking('k', 1), idNumber: id.slice(0, 17) + (id.endsWith('0') ? '1' : '0') }
  expect((await post('/me/bookings', token, wrong, 'k')).body.error.reason).toBe('id.mainland.checkDigit')
  expect((await post('/me/bookings', token, booking('k', 1), 'k')).status).toBe(200)
  // a header that differs from the body's key is refused
  expect((await post('/me/bookings', token, booking('k2', 2), 'k3')).body).toEqual({
    error: { code: 'invalid', reason: 'idempotencyKey' }
  })
})

test('one person, one booking per slot, even from two users at once', async () => {
  const [a, b] = [await server.login('a'), await server.login('b')]
  const answers = await Promise.all([
    post('/me/bookings', a, booking('a', 7), 'a'),
    post('/me/bookings', b, booking('b', 7), 'b')
  ])
  expect(answers.map((x) => x.status).sort()).toEqual([200, 409])
  expect(answers.find((x) => x.status === 409)?.body.error.reason).toBe('booking.duplicatePerson')
})

const filing = (key: string) => appealRequest({ idempotencyKey: key })

test('appeal references never repeat: 60 filings at once get 60 numbers of the day', async () => {
  const token = await server.login('resident')
  const answers = await Promise.all(
    Array.from({ length: 60 }, (_, i) => post('/me/appeals', token, filing(`f${i}`), `f${i}`))
  )
  expect(answers.every((a) => a.status === 200)).toBe(true)
  const refs = answers.map((a) => a.body.reference).sort()
  expect(new Set(refs).size).toBe(60)
  // past the reference server's 500-a-day wrap too: the counter goes on
  await server.db.query(`UPDATE daily_counters SET value = 999998 WHERE scope = 'appeal'`)
  const late = await post('/me/appeals', token, filing('late'), 'late')
  expect(late.body.reference).toBe('SQ20261123999999')
})

test('workflow transitions racing on one appeal pass once, checked and written in one transaction', async () => {
  const token = await server.login('resident')
  const { body: appeal } = await post('/me/appeals', token, filing('a'), 'a')
  const center = await server.officeLogin('center')
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      post(`/office/appeals/${appeal.id}/events`, center, { actor: 'center', event: 'accept' }, `accept-${i}`)
    )
  )
  expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
  expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.reason)).toEqual(
    Array(9).fill('appeal.transition.invalid')
  )
  const mine = await (
    await fetch(`${server.url}/me/appeals/${appeal.id}`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()
  expect(mine.timeline.map((e: { event: string }) => e.event)).toEqual(['submit', 'accept'])
})

test('the tables refuse what breaks a rule, whatever the code: over capacity, a second active booking of a person', async () => {
  const token = await server.login('resident')
  await post('/me/bookings', token, booking('k', 1), 'k')
  const overbook = server.db.query(`UPDATE slots SET booked = capacity + 1`)
  await expect(overbook).rejects.toMatchObject({ code: '23514' })
  const copy = server.db.query(
    `INSERT INTO bookings (id, user_id, reference, hall_id, date, slot, person, status, created_at, record)
     SELECT 'BKCOPY', user_id, reference || 'X', hall_id, date, slot, person, 'active', created_at, record FROM bookings`
  )
  const error = await copy.catch((e) => e)
  expect(sqlState(error)).toBe('23505')
})

test('migrations are numbered files applied once, recorded in schema_migrations', async () => {
  const migrations = readMigrations()
  expect(migrations[0]).toMatchObject({ version: 1, name: '001_initial.sql' })
  expect(await migrate(server.db)).toEqual([])
  const { rows } = await server.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
  expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version))
  expect(splitStatements('-- a comment; still a comment\nCREATE TABLE a (x int);\nSELECT 1;')).toEqual([
    'CREATE TABLE a (x int)',
    'SELECT 1'
  ])
})
