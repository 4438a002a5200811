// Timed-entry reservations of the culture venues: closed Mondays unless a public holiday, closed dates, the
// slots of a day and their places, party limits and duplicates; with property tests over random days, parties
// and bookings: no slot on a closed day, never past capacity, remaining = capacity − booked.
import fc from 'fast-check'
import { addDays, dayOfWeek, shanghaiInstant } from '@/core/calendar/shanghai-time'
import type { CultureVenue, Reservation, Visitor } from '@/core/tourism/culture-types'
import {
  checkReservation,
  duplicateVisitor,
  isPublicHoliday,
  reservationDays,
  reservationWindow,
  venueClosure,
  venueSlots
} from '@/core/tourism/reservation'
import { mainlandIdCheckChar } from '@/core/validators'

const MUSEUM: Pick<CultureVenue, 'id' | 'hours' | 'reservation'> = {
  id: 'jiangmen-museum',
  hours: {
    open: '09:00',
    close: '17:00',
    lastEntry: '16:00',
    closedWeekdays: [1],
    openOnHolidays: true,
    closedDates: ['2027-02-05']
  },
  reservation: { slots: ['09:00-10:00', '10:00-11:00', '15:00-16:00'], capacity: 6, windowDays: 14, maxParty: 5 }
}

/** a valid mainland ID for a serial number */
const idOf = (n: number): string => {
  const first17 = `44070319850612${String(n % 1000).padStart(3, '0')}`
  return first17 + mainlandIdCheckChar(first17)
}
const visitor = (n: number): Visitor => ({ name: `游客${n}`, idType: 'mainland', idNumber: idOf(n) })
const reservation = (date: string, slot: string, visitors: Visitor[], status = 'active'): Reservation => ({
  id: `r-${Math.random()}`,
  reference: 'WL000',
  idempotencyKey: `k-${Math.random()}`,
  venueId: MUSEUM.id,
  date,
  slot,
  visitors,
  phoneRegion: 'cn',
  phone: '13800138000',
  status,
  createdAt: 0,
  venueName: '江门市博物馆',
  venueNameHant: '江門市博物館'
})
/** 2026-12-01 08:00 Beijing, a Tuesday */
const NOW = shanghaiInstant('2026-12-01', 8 * 60)

test('a Monday is closed, a Tuesday open; a Monday that is a public holiday opens; 除夕 is closed', () => {
  expect(venueClosure(MUSEUM.hours, '2026-12-07')).toBe('weekly')
  expect(venueClosure(MUSEUM.hours, '2026-12-08')).toBeNull()
  // 2027-02-08 is a Monday within the 春节 holidays
  expect(dayOfWeek('2027-02-08')).toBe(1)
  expect(isPublicHoliday('2027-02-08')).toBe(true)
  expect(venueClosure(MUSEUM.hours, '2027-02-08')).toBeNull()
  expect(venueClosure(MUSEUM.hours, '2027-02-05')).toBe('date')
  // a venue that rests on Mondays whatever the calendar says
  expect(venueClosure({ ...MUSEUM.hours, openOnHolidays: false }, '2027-02-08')).toBe('weekly')
})

test('the window starts today and shows the closed days with no slots', () => {
  const days = reservationDays(MUSEUM, [], NOW)
  expect(days.map((d) => d.date)).toEqual(reservationWindow(MUSEUM, NOW))
  expect(days[0].date).toBe('2026-12-01')
  expect(days).toHaveLength(14)
  const monday = days.find((d) => d.date === '2026-12-07')
  expect(monday).toMatchObject({ closure: 'weekly', slots: [], openSlots: [] })
  expect(days.find((d) => d.date === '2026-12-08')?.openSlots).toEqual(MUSEUM.reservation?.slots)
})

test('a slot already started today is not offered, later ones are', () => {
  const at = shanghaiInstant('2026-12-01', 10 * 60 + 5)
  expect(reservationDays(MUSEUM, [], at)[0].openSlots).toEqual(['15:00-16:00'])
  const r = { venueId: MUSEUM.id, date: '2026-12-01', slot: '09:00-10:00', visitors: [visitor(1)] }
  expect(checkReservation(r, [], MUSEUM, at)).toEqual({ ok: false, code: 'tourism.reserve.slotPassed' })
})

test('every visitor takes a place; cancelled parties give theirs back', () => {
  const existing = [
    reservation('2026-12-08', '09:00-10:00', [visitor(1), visitor(2)]),
    reservation('2026-12-08', '09:00-10:00', [visitor(3)], 'cancelled')
  ]
  expect(venueSlots(MUSEUM, '2026-12-08', existing)[0]).toEqual({
    slot: '09:00-10:00',
    capacity: 6,
    booked: 2,
    remaining: 4
  })
})

test('the checks, in order: closed day, party limits, duplicates, capacity', () => {
  const ask = (date: string, visitors: Visitor[], existing: Reservation[] = [], slot = '09:00-10:00') =>
    checkReservation({ venueId: MUSEUM.id, date, slot, visitors }, existing, MUSEUM, NOW)
  expect(ask('2026-12-07', [visitor(1)])).toEqual({ ok: false, code: 'tourism.reserve.venueClosed' })
  expect(ask('2026-12-08', [visitor(1)])).toEqual({ ok: true })
  expect(ask('2026-12-08', [visitor(1)], [], '12:00-13:00')).toEqual({ ok: false, code: 'tourism.reserve.slotUnknown' })
  expect(ask('2026-12-30', [visitor(1)])).toEqual({ ok: false, code: 'tourism.reserve.dateOutOfWindow' })
  expect(ask('2026-12-8', [visitor(1)])).toEqual({ ok: false, code: 'tourism.reserve.dateInvalid' })
  expect(ask('2026-12-08', [])).toEqual({ ok: false, code: 'tourism.reserve.partyEmpty' })
  expect(ask('2026-12-08', [1, 2, 3, 4, 5, 6].map(visitor))).toEqual({
    ok: false,
    code: 'tourism.reserve.partyTooLarge'
  })
  expect(ask('2026-12-08', [visitor(1), visitor(1)])).toEqual({ ok: false, code: 'tourism.reserve.partyDuplicate' })
  const held = [reservation('2026-12-08', '09:00-10:00', [visitor(1), visitor(2), visitor(3), visitor(4)])]
  expect(ask('2026-12-08', [visitor(9), visitor(2)], held)).toEqual({
    ok: false,
    code: 'tourism.reserve.duplicatePerson'
  })
  expect(ask('2026-12-08', [visitor(7), visitor(8), visitor(9)], held)).toEqual({
    ok: false,
    code: 'tourism.reserve.slotFull'
  })
  expect(ask('2026-12-08', [visitor(7), visitor(8)], held)).toEqual({ ok: true })
  // the same person in another slot is fine
  expect(ask('2026-12-08', [visitor(1)], held, '10:00-11:00')).toEqual({ ok: true })
})

test('one person written two ways is one visitor', () => {
  const hk = (idNumber: string): Visitor => ({ name: '陈大文', idType: 'hk', idNumber })
  expect(duplicateVisitor([hk('A123456(3)'), hk('a1234563')])).toBe(1)
  expect(duplicateVisitor([visitor(1), visitor(2)])).toBe(-1)
})

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2026-11-01', n))
  const slot = fc.constantFrom(...(MUSEUM.reservation?.slots ?? []))
  const party = fc
    .uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 })
    .map((ns) => ns.map(visitor))

  test('no slot is ever offered on a closed day, and every open day offers them all', () => {
    fc.assert(
      fc.property(day, (date) => {
        const slots = venueSlots(MUSEUM, date, [])
        const closed = venueClosure(MUSEUM.hours, date) !== null
        expect(slots.length).toBe(closed ? 0 : MUSEUM.reservation?.slots.length)
        if (closed) {
          const start = shanghaiInstant(addDays(date, -3), 0)
          const r = { venueId: MUSEUM.id, date, slot: '09:00-10:00', visitors: [visitor(1)] }
          expect(checkReservation(r, [], MUSEUM, start)).toEqual({ ok: false, code: 'tourism.reserve.venueClosed' })
        }
        // a Monday is open exactly when it is a public holiday (or never, on 除夕's kind of date)
        if (dayOfWeek(date) === 1 && date !== '2027-02-05') expect(closed).toBe(!isPublicHoliday(date))
      })
    )
  })

  test('accepting what the rules accept never exceeds capacity, and remaining = capacity − booked', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(slot, party, fc.boolean()), { maxLength: 30 }), (asks) => {
        const date = '2026-12-08'
        const held: Reservation[] = []
        for (const [s, visitors, cancelOne] of asks) {
          if (checkReservation({ venueId: MUSEUM.id, date, slot: s, visitors }, held, MUSEUM, NOW).ok)
            held.push(reservation(date, s, visitors))
          if (cancelOne && held.length) held[0] = { ...held[0], status: 'cancelled' }
        }
        const capacity = MUSEUM.reservation?.capacity ?? 0
        for (const a of venueSlots(MUSEUM, date, held)) {
          const booked = held
            .filter((r) => r.status === 'active' && r.slot === a.slot)
            .reduce((n, r) => n + r.visitors.length, 0)
          expect(a.booked).toBe(booked)
          expect(booked).toBeLessThanOrEqual(capacity)
          expect(a.remaining).toBe(capacity - booked)
          // nobody holds one slot twice
          const people = held.filter((r) => r.status === 'active' && r.slot === a.slot).flatMap((r) => r.visitors)
          expect(new Set(people.map((v) => v.idNumber)).size).toBe(people.length)
        }
      })
    )
  })
})
