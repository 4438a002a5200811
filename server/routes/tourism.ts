// 人才服务 and 文旅服务: the bundled reference data (talent policies, postings, fairs, housing; sights, routes,
// stations, concessions, the typical crowding profiles; culture venues and events) through the embedded backends'
// own code, the culture venues' timed-entry reservations in PostgreSQL under the rules of
// src/core/tourism/reservation.ts, and the live visitor counts the sights' gate systems report (客流 实时).
import { z } from 'zod'
import packed from '@/generated/tourism-data.json'
import { unpack, type PackedJson } from '@/core/packed-json'
import { bookingReference } from '@/core/booking/reference'
import type { CultureEvent, CultureVenue, Reservation, ReservationRequest } from '@/core/tourism/culture-types'
import type { LiveCount } from '@/core/tourism/crowding'
import type { Sight } from '@/core/tourism/types'
import { RESERVATION_REFERENCE_PREFIX, checkReservation, venueSlots, visitorKey } from '@/core/tourism/reservation'
import { validateIdDocument, validateName, validatePhone } from '@/core/validators'
import { embeddedTalentApi } from '@/backend/embedded/talent'
import { embeddedTourismApi } from '@/backend/embedded/tourism'
import { embeddedCrowdingApi } from '@/backend/embedded/crowding'
import { embeddedCultureApi } from '@/backend/embedded/culture'
import { NO_LIVE_COUNT } from '@/backend/http/crowding'
import { sqlState, type Queryable } from '../db'
import { parseBody } from '../http/body'
import { conflict, invalid, notFound } from '../http/errors'
import { once, requestKey } from '../idempotency'
import { principalKey } from '../auth/sessions'
import { requireVisitorKey, type VisitorKeys } from '../auth/visitor-keys'
import { localeOf, newId, paramsOf, queryOf, type RouteContext } from '../context'
import { nextInDay } from './gov'

const s = (max: number) => z.string().max(max)
const reservationSchema = z.strictObject({
  idempotencyKey: s(200).min(1),
  venueId: s(200),
  date: s(20),
  slot: s(20),
  visitors: z.array(z.strictObject({ name: s(200), idType: s(20), idNumber: s(40) })).max(20),
  phoneRegion: s(10),
  phone: s(40)
})

/** a gate's count: visitors present at `at` (epoch ms), and the sight's capacity when the gate knows it */
const visitorsSchema = z.strictObject({
  count: z.number().int().min(0).max(10_000_000),
  capacity: z.number().int().min(1).max(10_000_000).optional(),
  at: z.number().int().min(0)
})

/** a gate's clock may run a little ahead of ours; a count from further in the future is refused */
export const VISITOR_CLOCK_SKEW_MS = 60_000

const liveCount = (row: { count: number; capacity: number | null; at: number }): LiveCount => ({
  count: Number(row.count),
  ...(row.capacity === null ? {} : { capacity: Number(row.capacity) }),
  at: Number(row.at)
})

/** a place taken (full, or a visitor already holds it) is a conflict; the rest is a wrong request */
const TAKEN = new Set(['tourism.reserve.slotFull', 'tourism.reserve.duplicatePerson'])

export function tourismRoutes({ app, db, now, sessions }: RouteContext, visitorKeys: VisitorKeys = new Map()) {
  const talent = embeddedTalentApi()
  const tourism = embeddedTourismApi()
  // the typical profiles are reference data; the live counts are the gates' reports below
  const crowding = embeddedCrowdingApi()
  // the culture catalogue is the embedded backend's; it never reads the reservations it is given here
  const culture = embeddedCultureApi({
    records: { reservations: { all: () => [], write: () => undefined } } as never,
    now
  })
  const { venues, sights } = unpack<{ venues: CultureVenue[]; events: CultureEvent[]; sights: Sight[] }>(
    packed as PackedJson
  )
  const venueById = new Map(venues.map((v) => [v.id, v]))
  const sightIds = new Set(sights.map((s) => s.id))
  // a key for a sight the catalogue does not have is a typing error in VISITOR_KEYS: said at start, not at 3 a.m.
  for (const sight of new Set(visitorKeys.values()))
    if (!sightIds.has(sight)) throw new Error(`VISITOR_KEYS: no sight ${sight} in the catalogue`)

  app.get('/talent/policies', async (req) => talent.listPolicies(localeOf(req)))
  app.get('/talent/policies/:id', async (req) => talent.getPolicy(paramsOf(req).id, localeOf(req)))
  app.get('/talent/postings', async (req) => talent.listPostings(localeOf(req)))
  app.get('/talent/postings/:id', async (req) => talent.getPosting(paramsOf(req).id, localeOf(req)))
  app.get('/talent/fairs', async (req) => talent.listFairs(localeOf(req)))
  app.get('/talent/housing', async (req) => talent.listHousing(localeOf(req)))
  app.get('/talent/housing/:id', async (req) => talent.getHousing(paramsOf(req).id, localeOf(req)))

  app.get('/tourism/sights', async (req) => tourism.listSights(localeOf(req)))
  app.get('/tourism/sights/:id', async (req) => tourism.getSight(paramsOf(req).id, localeOf(req)))
  app.get('/tourism/sights/:id/crowding', async (req) => crowding.typical(paramsOf(req).id))
  // the latest count, however old: the app shows it as 实时 with its time, and the typical profile instead once it is
  // older than 30 minutes (LIVE_MAX_AGE_MS)
  app.get('/tourism/sights/:id/visitors', async (req) => {
    const { rows } = await db.query<{ count: number; capacity: number | null; at: number }>(
      'SELECT count, capacity, at FROM sight_visitors WHERE sight_id = $1',
      [paramsOf(req).id]
    )
    if (!rows[0]) throw notFound(NO_LIVE_COUNT)
    return liveCount(rows[0])
  })
  // a gate reports with its sight's device key (VISITOR_KEYS); a count older than the one kept changes nothing, and
  // the answer is always the count kept
  app.put('/office/sights/:id/visitors', async (req) => {
    const { id } = paramsOf(req)
    requireVisitorKey(visitorKeys, req, id)
    const report = parseBody(visitorsSchema, req.body, 'visitors.invalid')
    const received = now()
    if (report.at > received + VISITOR_CLOCK_SKEW_MS) throw invalid('visitors.at.future')
    await db.query(
      `INSERT INTO sight_visitors (sight_id, count, capacity, at, reported_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sight_id) DO UPDATE SET count = EXCLUDED.count, capacity = EXCLUDED.capacity, at = EXCLUDED.at,
       reported_at = EXCLUDED.reported_at WHERE sight_visitors.at < EXCLUDED.at`,
      [id, report.count, report.capacity ?? null, report.at, received]
    )
    const { rows } = await db.query<{ count: number; capacity: number | null; at: number }>(
      'SELECT count, capacity, at FROM sight_visitors WHERE sight_id = $1',
      [id]
    )
    return liveCount(rows[0])
  })
  app.get('/tourism/routes', async (req) => tourism.listRoutes(localeOf(req)))
  app.get('/tourism/routes/:id', async (req) => tourism.getRoute(paramsOf(req).id, localeOf(req)))
  app.get('/tourism/stations', async (req) => tourism.listStations(localeOf(req)))
  app.get('/tourism/concessions', async (req) => tourism.listConcessionPolicies(localeOf(req)))

  app.get('/culture/venues', async (req) => culture.listVenues(localeOf(req)))
  app.get('/culture/venues/:id', async (req) => culture.getVenue(paramsOf(req).id, localeOf(req)))
  app.get('/culture/events', async (req) => culture.listEvents(localeOf(req)))
  app.get('/culture/events/:id', async (req) => culture.getEvent(paramsOf(req).id, localeOf(req)))

  const venueOf = (id: string) => {
    const venue = venueById.get(id)
    if (!venue) throw notFound('tourism.venues.unknown')
    return venue
  }

  /** the active reservations of a venue's day (of one slot when given) */
  async function active(q: Queryable, venueId: string, date: string, slot?: string): Promise<Reservation[]> {
    const { rows } = await q.query<{ record: Reservation }>(
      `SELECT record FROM venue_reservations WHERE venue_id = $1 AND date = $2 AND status = 'active'
       AND ($3::text IS NULL OR slot = $3)`,
      [venueId, date, slot ?? null]
    )
    return rows.map((r) => r.record)
  }

  app.get('/culture/venues/:id/slots', async (req) => {
    const venue = venueOf(paramsOf(req).id)
    const date = queryOf(req).date ?? ''
    return venueSlots(venue, date, await active(db.replica, venue.id, date))
  })

  /** the request with each name, ID number and the phone in their checked form; the first wrong one refuses it */
  const validated = (request: ReservationRequest): ReservationRequest => {
    const visitors = request.visitors.map((v) => {
      const name = validateName(v.name)
      if (!name.ok) throw invalid(name.code)
      const id = validateIdDocument(v.idType, v.idNumber)
      if (!id.ok) throw invalid(id.code)
      return { name: name.value, idType: v.idType, idNumber: id.value }
    })
    const phone = validatePhone(request.phoneRegion, request.phone)
    if (!phone.ok) throw invalid(phone.code)
    return { ...request, visitors, phone: phone.value }
  }

  app.post('/me/venue-reservations', async (req) => {
    const user = await sessions.user(req)
    const request = parseBody(reservationSchema, req.body, 'tourism.reserve.invalid') as ReservationRequest
    const key = requestKey(req.headers['idempotency-key'], request.idempotencyKey)
    const call = { principal: principalKey(user), operation: 'venue.reserve', key, target: '' }
    return once(db, call, async (tx) => {
      const venue = venueOf(request.venueId)
      // the day and the slot first: a closed Monday is said before anything about the visitors
      const place = checkReservation({ ...request, visitors: [] }, [], venue, now())
      if (!place.ok && place.code !== 'tourism.reserve.partyEmpty') throw invalid(place.code)
      const clean = validated(request)
      const early = checkReservation(clean, [], venue, now())
      if (!early.ok) throw invalid(early.code)
      const capacity = venue.reservation!.capacity
      await tx.query(
        'INSERT INTO venue_slots (venue_id, date, slot, capacity) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [venue.id, clean.date, clean.slot, capacity]
      )
      await tx.query('SELECT booked FROM venue_slots WHERE venue_id = $1 AND date = $2 AND slot = $3 FOR UPDATE', [
        venue.id,
        clean.date,
        clean.slot
      ])
      const verdict = checkReservation(clean, await active(tx, venue.id, clean.date, clean.slot), venue, now())
      if (!verdict.ok) throw TAKEN.has(verdict.code) ? conflict(verdict.code) : invalid(verdict.code)
      const counted = await tx.query(
        `UPDATE venue_slots SET booked = booked + $4
         WHERE venue_id = $1 AND date = $2 AND slot = $3 AND booked + $4 <= capacity`,
        [venue.id, clean.date, clean.slot, clean.visitors.length]
      )
      if (counted.rowCount !== 1) throw conflict('tourism.reserve.slotFull')
      const sequence = await nextInDay(tx, `venue:${venue.id}`, clean.date)
      const at = now()
      const hant = await culture.getVenue(venue.id, 'zh-Hant')
      const reservation: Reservation = {
        idempotencyKey: clean.idempotencyKey,
        venueId: venue.id,
        date: clean.date,
        slot: clean.slot,
        visitors: clean.visitors,
        phoneRegion: clean.phoneRegion,
        phone: clean.phone,
        id: newId('VR'),
        reference: bookingReference(venue.id, clean.date, sequence, RESERVATION_REFERENCE_PREFIX),
        status: 'active',
        createdAt: at,
        venueName: venue.name,
        venueNameHant: hant.name
      }
      await tx.query(
        `INSERT INTO venue_reservations (id, user_id, reference, venue_id, date, slot, status, created_at, record)
         VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8)`,
        [
          reservation.id,
          user.userId,
          reservation.reference,
          venue.id,
          reservation.date,
          reservation.slot,
          at,
          JSON.stringify(reservation)
        ]
      )
      try {
        for (const v of reservation.visitors)
          await tx.query(
            `INSERT INTO venue_visitors (reservation_id, venue_id, date, slot, person, active)
             VALUES ($1, $2, $3, $4, $5, true)`,
            [reservation.id, venue.id, reservation.date, reservation.slot, visitorKey(v)]
          )
      } catch (e) {
        if (sqlState(e) === '23505') throw conflict('tourism.reserve.duplicatePerson')
        throw e
      }
      return reservation
    })
  })

  app.get('/me/venue-reservations', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<{ record: Reservation }>(
      'SELECT record FROM venue_reservations WHERE user_id = $1 ORDER BY seq DESC',
      [user.userId]
    )
    return rows.map((r) => r.record)
  })

  app.get('/me/venue-reservations/:id', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<{ record: Reservation }>(
      'SELECT record FROM venue_reservations WHERE id = $1 AND user_id = $2',
      [paramsOf(req).id, user.userId]
    )
    if (!rows[0]) throw notFound('tourism.reserve.unknown')
    return rows[0].record
  })

  app.post('/me/venue-reservations/:id/cancel', async (req) => {
    const user = await sessions.user(req)
    const { id } = paramsOf(req)
    const key = requestKey(req.headers['idempotency-key'])
    return once(db, { principal: principalKey(user), operation: 'venue.cancel', key, target: id }, async (tx) => {
      const { rows } = await tx.query<{ record: Reservation }>(
        'SELECT record FROM venue_reservations WHERE id = $1 AND user_id = $2 FOR UPDATE',
        [id, user.userId]
      )
      if (!rows[0]) throw notFound('tourism.reserve.unknown')
      const found = rows[0].record
      // cancelling again answers the same; the places went back with the first cancel
      if (found.status === 'cancelled') return found
      if (found.status !== 'active') throw conflict('tourism.reserve.notActive')
      const cancelled: Reservation = { ...found, status: 'cancelled' }
      await tx.query(`UPDATE venue_reservations SET status = 'cancelled', record = $2 WHERE id = $1`, [
        id,
        JSON.stringify(cancelled)
      ])
      await tx.query('UPDATE venue_visitors SET active = false WHERE reservation_id = $1', [id])
      await tx.query(`UPDATE venue_slots SET booked = booked - $4 WHERE venue_id = $1 AND date = $2 AND slot = $3`, [
        found.venueId,
        found.date,
        found.slot,
        found.visitors.length
      ])
      return cancelled
    })
  })
}
