// 政务服务: the bundled catalogue (read-only, through the embedded backend's own code), and hall bookings kept in
// PostgreSQL. A booking locks its slot's row, checks the request with the same rules the app uses
// (src/core/booking) against the active bookings of that date and slot, and counts the place in that row, whose
// CHECK holds the capacity; a unique index holds one person to one active booking per date and slot.
import { z } from 'zod'
import { checkBooking, bookingReference, normaliseIdNumber, slotAvailability } from '@/core/booking'
import type { Booking, BookingRequest, Hall } from '@/core/gov-services/types'
import { validateIdDocument, validateName, validatePhone } from '@/core/validators'
import { embeddedGovApi } from '@/backend/embedded/gov'
import { govDatasets } from '@/backend/embedded/gov-data'
import { sqlState, type Queryable } from '../db'
import { parseBody } from '../http/body'
import { conflict, invalid, notFound } from '../http/errors'
import { once, requestKey } from '../idempotency'
import { principalKey } from '../auth/sessions'
import { localeOf, newId, paramsOf, queryOf, type RouteContext } from '../context'

const text = z.string().max(200)
const bookingSchema = z.strictObject({
  idempotencyKey: text,
  serviceId: text,
  hallId: text,
  date: text,
  slot: text,
  name: text,
  idType: text,
  idNumber: text,
  phoneRegion: text,
  phone: text
})
const rescheduleSchema = z.strictObject({ idempotencyKey: text, hallId: text, date: text, slot: text })

/** the refusals that are about other bookings, not about the request */
const TAKEN = new Set(['booking.slotFull', 'booking.duplicatePerson'])

const hans = () => govDatasets['zh-Hans']
const hant = () => govDatasets['zh-Hant']

export function govRoutes({ app, db, now, sessions }: RouteContext) {
  // the catalogue is the embedded backend's: it never reads the bookings it is given here
  const catalogue = embeddedGovApi({
    records: { bookings: { all: () => [], write: () => undefined } as never },
    datasets: govDatasets,
    now
  })
  const halls = new Map(hans().halls.map((h) => [h.id, h]))
  const services = new Map(hans().services.map((s) => [s.id, s]))

  app.get('/gov/themes', async (req) => catalogue.listThemes(localeOf(req)))
  app.get('/gov/departments', async (req) => catalogue.listDepartments(localeOf(req)))
  app.get('/gov/services', async (req) => {
    const q = queryOf(req)
    const zone = ['jiangmen', 'shenjiang', 'zhongjiang'].includes(q.zone ?? '') ? q.zone : 'jiangmen'
    const audience = q.audience === 'personal' || q.audience === 'legal' ? q.audience : undefined
    return catalogue.listServices(
      {
        zone: zone as 'jiangmen',
        scope: q.scope === 'all' ? 'all' : 'zone',
        audience,
        themeId: q.themeId || undefined,
        departmentId: q.departmentId || undefined,
        featured: q.featured === 'true'
      },
      localeOf(req)
    )
  })
  app.get('/gov/services/:id', async (req) => catalogue.getService(paramsOf(req).id, localeOf(req)))
  app.get('/gov/bundles', async (req) => catalogue.listBundles(localeOf(req)))
  app.get('/gov/bundles/:id', async (req) => catalogue.getBundle(paramsOf(req).id, localeOf(req)))
  app.get('/gov/halls/:id', async (req) => catalogue.getHall(paramsOf(req).id, localeOf(req)))
  app.get('/gov/cases/:reference', async (req) => catalogue.findCase(paramsOf(req).reference, localeOf(req)))

  app.get('/gov/halls/:id/availability', async (req) => {
    const hall = halls.get(paramsOf(req).id)
    if (!hall) throw notFound('hall.unknown')
    const date = queryOf(req).date ?? ''
    // public and lag-tolerant: a read replica's when there is one (the booking itself counts on the primary)
    const { rows } = await db.replica.query<{ slot: string; booked: number }>(
      'SELECT slot, booked FROM slots WHERE hall_id = $1 AND date = $2',
      [hall.id, date]
    )
    const booked = new Map(rows.map((r) => [r.slot, r.booked]))
    return slotAvailability(hall, date, []).map((a) => {
      const n = Math.min(booked.get(a.slot) ?? 0, a.capacity)
      return { ...a, booked: n, remaining: a.capacity - n }
    })
  })

  /** locks the slot's row (made on first use) and answers the active bookings of that date and slot, any hall */
  async function lockSlot(tx: Queryable, hall: Hall, date: string, slot: string) {
    await tx.query(`INSERT INTO slots (hall_id, date, slot, capacity) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      hall.id,
      date,
      slot,
      hall.slotCapacity
    ])
    await tx.query('SELECT booked FROM slots WHERE hall_id = $1 AND date = $2 AND slot = $3 FOR UPDATE', [
      hall.id,
      date,
      slot
    ])
    const { rows } = await tx.query<{ record: Booking }>(
      `SELECT record FROM bookings WHERE date = $1 AND slot = $2 AND status = 'active'`,
      [date, slot]
    )
    return rows.map((r) => r.record)
  }

  /** checks and stores a new active booking of a validated request; `without` is a booking given up in the same step */
  async function place(tx: Queryable, userId: number, request: BookingRequest, without?: string): Promise<Booking> {
    const service = services.get(request.serviceId)
    if (!service) throw notFound('service.unknown')
    const hall = halls.get(request.hallId)
    if (!hall) throw notFound('hall.unknown')
    if (!service.bookable || !service.hallIds.includes(hall.id)) throw invalid('booking.hallNotForService')
    // the rules that need no lock first, so a wrong date never creates a slot row
    const early = checkBooking(request, [], hall, now())
    if (!early.ok) throw invalid(early.code)
    const others = (await lockSlot(tx, hall, request.date, request.slot)).filter((b) => b.id !== without)
    const verdict = checkBooking(request, others, hall, now())
    if (!verdict.ok) throw TAKEN.has(verdict.code) ? conflict(verdict.code) : invalid(verdict.code)
    const counted = await tx.query(
      `UPDATE slots SET booked = booked + 1 WHERE hall_id = $1 AND date = $2 AND slot = $3 AND booked < capacity`,
      [hall.id, request.date, request.slot]
    )
    if (counted.rowCount !== 1) throw conflict('booking.slotFull')
    const sequence = await nextInDay(tx, `booking:${hall.id}`, request.date)
    const at = now()
    const booking: Booking = {
      ...request,
      id: newId('BK'),
      reference: bookingReference(hall.id, request.date, sequence),
      status: 'active',
      createdAt: at,
      serviceName: service.name,
      serviceNameHant: hant().services.find((s) => s.id === service.id)?.name ?? service.name,
      hallName: hall.name,
      hallNameHant: hant().halls.find((h) => h.id === hall.id)?.name ?? hall.name
    }
    try {
      await tx.query(
        `INSERT INTO bookings (id, user_id, reference, hall_id, date, slot, person, status, created_at, record)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9)`,
        [
          booking.id,
          userId,
          booking.reference,
          hall.id,
          booking.date,
          booking.slot,
          normaliseIdNumber(booking.idType, booking.idNumber),
          at,
          JSON.stringify(booking)
        ]
      )
    } catch (e) {
      // the same person booked at the same time in another hall, whose slot row this one did not lock
      if (sqlState(e) === '23505') throw conflict('booking.duplicatePerson')
      throw e
    }
    return booking
  }

  /** the user's own booking, locked; another user's is as unknown as one that never existed */
  async function ownBooking(tx: Queryable, userId: number, id: string): Promise<Booking> {
    const { rows } = await tx.query<{ record: Booking }>(
      'SELECT record FROM bookings WHERE id = $1 AND user_id = $2 FOR UPDATE',
      [id, userId]
    )
    if (!rows[0]) throw notFound('booking.unknown')
    return rows[0].record
  }

  async function setStatus(tx: Queryable, booking: Booking) {
    await tx.query('UPDATE bookings SET status = $2, record = $3 WHERE id = $1', [
      booking.id,
      booking.status,
      JSON.stringify(booking)
    ])
  }

  async function givePlaceBack(tx: Queryable, b: Booking) {
    await tx.query(
      'UPDATE slots SET booked = booked - 1 WHERE hall_id = $1 AND date = $2 AND slot = $3 AND booked > 0',
      [b.hallId, b.date, b.slot]
    )
  }

  app.post('/me/bookings', async (req) => {
    const user = await sessions.user(req)
    const body = parseBody(bookingSchema, req.body, 'booking.invalid') as BookingRequest
    const key = requestKey(req.headers['idempotency-key'], body.idempotencyKey)
    const name = validateName(body.name)
    if (!name.ok) throw invalid(name.code)
    const id = validateIdDocument(body.idType, body.idNumber)
    if (!id.ok) throw invalid(id.code)
    const phone = validatePhone(body.phoneRegion, body.phone)
    if (!phone.ok) throw invalid(phone.code)
    const request = { ...body, name: name.value, idNumber: id.value, phone: phone.value }
    return once(db, { principal: principalKey(user), operation: 'booking.create', key, target: '' }, (tx) =>
      place(tx, user.userId, request)
    )
  })

  app.get('/me/bookings', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<{ record: Booking }>(
      'SELECT record FROM bookings WHERE user_id = $1 ORDER BY seq DESC',
      [user.userId]
    )
    return rows.map((r) => r.record)
  })

  app.get('/me/bookings/:id', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<{ record: Booking }>('SELECT record FROM bookings WHERE id = $1 AND user_id = $2', [
      paramsOf(req).id,
      user.userId
    ])
    if (!rows[0]) throw notFound('booking.unknown')
    return rows[0].record
  })

  app.post('/me/bookings/:id/cancel', async (req) => {
    const user = await sessions.user(req)
    const { id } = paramsOf(req)
    const key = requestKey(req.headers['idempotency-key'])
    return once(db, { principal: principalKey(user), operation: 'booking.cancel', key, target: id }, async (tx) => {
      const booking = await ownBooking(tx, user.userId, id)
      // cancelling again answers the same; a booking already moved elsewhere is not this one to cancel
      if (booking.status === 'cancelled') return booking
      if (booking.status !== 'active') throw conflict('booking.notActive')
      const cancelled: Booking = { ...booking, status: 'cancelled' }
      await setStatus(tx, cancelled)
      await givePlaceBack(tx, booking)
      return cancelled
    })
  })

  app.post('/me/bookings/:id/reschedule', async (req) => {
    const user = await sessions.user(req)
    const { id } = paramsOf(req)
    const body = parseBody(rescheduleSchema, req.body, 'booking.invalid')
    const key = requestKey(req.headers['idempotency-key'], body.idempotencyKey)
    const call = {
      principal: principalKey(user),
      operation: 'booking.reschedule',
      key,
      target: id,
      mismatch: 'booking.idempotencyKey'
    }
    return once(db, call, async (tx) => {
      const old = await ownBooking(tx, user.userId, id)
      if (old.status !== 'active') throw conflict('booking.notActive')
      // the new place is checked as if the old one were already given up (the person may move within the day),
      // and taken in the same transaction that gives the old one up: nothing in between can lose both
      const { serviceId, name, idType, idNumber, phoneRegion, phone } = old
      const { idempotencyKey, hallId, date, slot } = body
      const request = { idempotencyKey, serviceId, hallId, date, slot, name, idType, idNumber, phoneRegion, phone }
      await tx.query(`UPDATE bookings SET status = 'moving' WHERE id = $1`, [old.id])
      const moved = await place(tx, user.userId, request, old.id)
      const next: Booking = { ...moved, rescheduledFrom: old.id }
      await setStatus(tx, next)
      await setStatus(tx, { ...old, status: 'rescheduled', rescheduledTo: next.id })
      await givePlaceBack(tx, old)
      return next
    })
  })
}

/** the next number of a scope's day: taken under the counter row's lock, in the transaction that uses it */
export async function nextInDay(tx: Queryable, scope: string, day: string): Promise<number> {
  const { rows } = await tx.query<{ value: number }>(
    `INSERT INTO daily_counters (scope, day, value) VALUES ($1, $2, 1)
     ON CONFLICT (scope, day) DO UPDATE SET value = daily_counters.value + 1 RETURNING value`,
    [scope, day]
  )
  return rows[0].value
}
