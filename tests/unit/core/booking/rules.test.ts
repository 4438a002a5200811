import fc from 'fast-check'
import {
  BOOKING_CODES,
  BOOKING_MESSAGES,
  bookingMessage,
  bookingWindow,
  checkBooking,
  isSlotPassed,
  normaliseIdNumber,
  parseSlot,
  slotAvailability,
  windowAvailability,
  type BookingHall,
  type BookingLike,
  type BookingRequest
} from '@/core/booking'
import type { Hall } from '@/core/gov-services/types'
import { isWorkingDay } from '@/core/calendar'

/** Epoch ms of a Beijing wall-clock time. */
const beijing = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h - 8, min)

const hall: BookingHall = {
  id: 'jm-pengjiang',
  slots: ['09:00-10:00', '10:00-11:00', '14:00-15:00', '15:00-16:00'],
  slotCapacity: 2
}

/** Thursday 12 February 2026, 10:30 in Jiangmen: the Spring Festival break starts on the 15th. */
const NOW = beijing(2026, 2, 12, 10, 30)

/** a stored booking as the rules see it, with the fields a record also carries */
type Booking = BookingLike & { id: string; serviceId: string; name: string; phone: string; createdAt: number }

let seq = 0
function booking(over: Partial<Booking> = {}): Booking {
  seq += 1
  return {
    id: `b${seq}`,
    serviceId: 'svc-hukou',
    hallId: hall.id,
    date: '2026-02-13',
    slot: '09:00-10:00',
    idType: 'mainland',
    idNumber: '440703199001011239',
    name: '陈大文',
    phone: '13812345678',
    status: 'active',
    createdAt: NOW - 1000,
    ...over
  }
}

function request(over: Partial<BookingRequest> = {}): BookingRequest {
  return {
    serviceId: 'svc-social-security',
    hallId: hall.id,
    date: '2026-02-13',
    slot: '09:00-10:00',
    idType: 'hk',
    idNumber: 'A123456(3)',
    ...over
  }
}

describe('codes and messages', () => {
  test('every booking code has a Simplified Chinese message', () => {
    expect(Object.keys(BOOKING_MESSAGES).sort()).toEqual([...BOOKING_CODES].sort())
    for (const text of Object.values(BOOKING_MESSAGES)) expect(text).toMatch(/[\u4e00-\u9fff]{4}/)
    expect(bookingMessage('booking.slotFull')).toContain('约满')
    expect(bookingMessage('x')).toBe('x')
  })
})

describe('parseSlot', () => {
  test('parses and rejects', () => {
    expect(parseSlot('09:00-10:00')).toEqual({ start: 540, end: 600 })
    expect(parseSlot('14:00-17:30')).toEqual({ start: 840, end: 1050 })
    expect(parseSlot('10:00-09:00')).toBeNull()
    expect(parseSlot('9am-10am')).toBeNull()
    expect(parseSlot('09:00')).toBeNull()
  })
})

describe('bookingWindow', () => {
  test('10 working days from tomorrow, skipping the Spring Festival and using make-up Saturdays', () => {
    expect(bookingWindow(NOW)).toEqual([
      '2026-02-13',
      '2026-02-14', // make-up Saturday
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28', // make-up Saturday
      '2026-03-02',
      '2026-03-03',
      '2026-03-04'
    ])
  })

  test('length and today are parameters', () => {
    expect(bookingWindow(NOW, { days: 3 })).toEqual(['2026-02-13', '2026-02-14', '2026-02-24'])
    expect(bookingWindow(NOW, { days: 2, includeToday: true })).toEqual(['2026-02-12', '2026-02-13'])
    expect(bookingWindow(NOW, { days: 0 })).toEqual([])
  })

  test('"tomorrow" is decided by the Beijing date', () => {
    // 16:00 UTC on 12 Feb is already midnight of the 13th in Jiangmen.
    expect(bookingWindow(Date.UTC(2026, 1, 12, 15, 59), { days: 1 })).toEqual(['2026-02-13'])
    expect(bookingWindow(Date.UTC(2026, 1, 12, 16, 0), { days: 1 })).toEqual(['2026-02-14'])
  })

  test('before National Day: the make-up Sunday and Saturday are offered', () => {
    expect(bookingWindow(beijing(2026, 9, 18, 9), { days: 4 })).toEqual([
      '2026-09-20',
      '2026-09-21',
      '2026-09-22',
      '2026-09-23'
    ])
    expect(bookingWindow(beijing(2026, 9, 30, 9), { days: 3 })).toEqual(['2026-10-08', '2026-10-09', '2026-10-10'])
  })

  test('window dates are always working days, in order, after today', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: beijing(2025, 1, 1, 0), max: beijing(2027, 12, 31, 0) }),
        fc.integer({ min: 1, max: 20 }),
        (now, days) => {
          const w = bookingWindow(now, { days })
          expect(w).toHaveLength(days)
          for (const d of w) expect(isWorkingDay(d)).toBe(true)
          expect([...w].sort()).toEqual(w)
          expect(new Set(w).size).toBe(days)
        }
      ),
      { numRuns: 100 }
    )
  })
})

describe('slotAvailability', () => {
  test('counts active bookings of this hall, date and slot only', () => {
    const existing = [
      booking(),
      booking({ idNumber: '11010519491231002X' }),
      booking({ slot: '10:00-11:00' }),
      booking({ slot: '10:00-11:00', status: 'cancelled' }),
      booking({ slot: '14:00-15:00', hallId: 'jm-taishan' }),
      booking({ slot: '14:00-15:00', date: '2026-02-14' })
    ]
    expect(slotAvailability(hall, '2026-02-13', existing)).toEqual([
      { slot: '09:00-10:00', capacity: 2, booked: 2, remaining: 0 },
      { slot: '10:00-11:00', capacity: 2, booked: 1, remaining: 1 },
      { slot: '14:00-15:00', capacity: 2, booked: 0, remaining: 2 },
      { slot: '15:00-16:00', capacity: 2, booked: 0, remaining: 2 }
    ])
  })

  test('overbooked data never shows negative remaining', () => {
    const existing = [booking(), booking(), booking()]
    expect(slotAvailability(hall, '2026-02-13', existing)[0].remaining).toBe(0)
  })

  test('windowAvailability lists open slots, without started ones today', () => {
    const days = windowAvailability(hall, [booking(), booking()], NOW, { days: 2, includeToday: true })
    expect(days.map((d) => d.date)).toEqual(['2026-02-12', '2026-02-13'])
    expect(days[0].openSlots).toEqual(['14:00-15:00', '15:00-16:00']) // 10:30 now
    expect(days[1].openSlots).toEqual(['10:00-11:00', '14:00-15:00', '15:00-16:00']) // 09:00 full
  })
})

describe('checkBooking', () => {
  test('accepts a free slot in the window', () => {
    expect(checkBooking(request(), [], hall, NOW)).toEqual({ ok: true })
    expect(checkBooking(request({ date: '2026-02-14' }), [], hall, NOW)).toEqual({ ok: true })
    expect(checkBooking(request({ date: '2026-03-04' }), [], hall, NOW)).toEqual({ ok: true })
  })

  test.each([
    [{ date: '2026-02-30' }, 'booking.dateInvalid'],
    [{ date: '13/02/2026' }, 'booking.dateInvalid'],
    [{ hallId: 'jm-taishan' }, 'booking.hallMismatch'],
    [{ slot: '11:00-12:00' }, 'booking.slotUnknown'],
    [{ slot: '9:00-10:00' }, 'booking.slotUnknown'],
    [{ date: '2026-02-16' }, 'booking.dateNotWorkingDay'], // Spring Festival
    [{ date: '2026-02-15' }, 'booking.dateNotWorkingDay'],
    [{ date: '2026-03-07' }, 'booking.dateNotWorkingDay'], // an ordinary Saturday
    [{ date: '2026-03-05' }, 'booking.dateOutOfWindow'], // the 11th working day
    [{ date: '2026-02-12' }, 'booking.dateOutOfWindow'], // today is not offered by default
    [{ date: '2026-02-11' }, 'booking.dateOutOfWindow']
  ] as const)('%j → %s', (over, code) => {
    expect(checkBooking(request(over), [], hall, NOW)).toEqual({ ok: false, code })
  })

  test('same-day slots that have started are refused', () => {
    const today = { days: 10, includeToday: true }
    expect(checkBooking(request({ date: '2026-02-12', slot: '09:00-10:00' }), [], hall, NOW, today)).toEqual({
      ok: false,
      code: 'booking.slotPassed'
    })
    // 10:00-11:00 started at 10:00, half an hour ago
    expect(checkBooking(request({ date: '2026-02-12', slot: '10:00-11:00' }), [], hall, NOW, today)).toEqual({
      ok: false,
      code: 'booking.slotPassed'
    })
    expect(checkBooking(request({ date: '2026-02-12', slot: '14:00-15:00' }), [], hall, NOW, today)).toEqual({
      ok: true
    })
    // at 13:59:59 the 14:00 slot is still open; at 14:00 it has started
    expect(
      checkBooking(
        request({ date: '2026-02-12', slot: '14:00-15:00' }),
        [],
        hall,
        beijing(2026, 2, 12, 13, 59) + 59999,
        today
      ).ok
    ).toBe(true)
    expect(
      checkBooking(request({ date: '2026-02-12', slot: '14:00-15:00' }), [], hall, beijing(2026, 2, 12, 14), today)
    ).toEqual({
      ok: false,
      code: 'booking.slotPassed'
    })
  })

  test('isSlotPassed uses Beijing wall-clock time', () => {
    // 01:30 UTC = 09:30 Beijing
    expect(isSlotPassed('2026-02-12', '09:00-10:00', Date.UTC(2026, 1, 12, 1, 30))).toBe(true)
    expect(isSlotPassed('2026-02-12', '10:00-11:00', Date.UTC(2026, 1, 12, 1, 30))).toBe(false)
    expect(isSlotPassed('2026-02-11', '15:00-16:00', NOW)).toBe(true)
    expect(isSlotPassed('2026-02-13', '09:00-10:00', NOW)).toBe(false)
  })

  test('the same person cannot hold two active bookings at the same date and slot', () => {
    // Written differently, booked at another hall for another service: still the same person.
    const existing = [booking({ idType: 'hk', idNumber: 'a123456 3', hallId: 'jm-taishan', serviceId: 'svc-tax' })]
    expect(checkBooking(request(), existing, hall, NOW)).toEqual({ ok: false, code: 'booking.duplicatePerson' })
    // another slot or a cancelled booking is fine
    expect(checkBooking(request({ slot: '10:00-11:00' }), existing, hall, NOW)).toEqual({ ok: true })
    expect(checkBooking(request(), [{ ...existing[0], status: 'cancelled' }], hall, NOW)).toEqual({ ok: true })
  })

  test('mainland IDs match whatever the case of X', () => {
    const existing = [booking({ idNumber: '11010519491231002x' })]
    expect(checkBooking(request({ idType: 'mainland', idNumber: '11010519491231002X' }), existing, hall, NOW)).toEqual({
      ok: false,
      code: 'booking.duplicatePerson'
    })
  })

  test('a full slot is refused; cancelled bookings free their place', () => {
    const two = [booking(), booking({ idNumber: '11010519491231002X' })]
    expect(checkBooking(request(), two, hall, NOW)).toEqual({ ok: false, code: 'booking.slotFull' })
    expect(checkBooking(request(), [two[0], { ...two[1], status: 'cancelled' }], hall, NOW)).toEqual({ ok: true })
    // the person already in a full slot is told about their booking, not that it is full
    expect(checkBooking(request({ idType: 'mainland', idNumber: '440703199001011239' }), two, hall, NOW)).toEqual({
      ok: false,
      code: 'booking.duplicatePerson'
    })
  })

  test('normaliseIdNumber falls back to upper case for invalid numbers', () => {
    expect(normaliseIdNumber('hk', 'a123456 3')).toBe('A123456(3)')
    expect(normaliseIdNumber('mainland', ' abc 123 ')).toBe('ABC123')
  })
})

test('a backend Hall record can be passed as is', () => {
  const full: Hall = {
    id: hall.id,
    name: '江门市蓬江区政务服务中心',
    city: 'jiangmen',
    district: 'pengjiang',
    address: '江门市蓬江区',
    hours: '周一至周五 9:00-12:00, 14:00-17:30',
    phone: '0750-0000000',
    latitude: 22.58,
    longitude: 113.08,
    slots: [...hall.slots],
    slotCapacity: 2
  }
  expect(checkBooking(request(), [], full, NOW)).toEqual({ ok: true })
})

describe('checkBooking: properties', () => {
  const people = ['A123456(3)', 'C123456(9)', 'G123456(A)', 'AB987654(3)', 'K000000(0)']
  const window = bookingWindow(NOW, { days: 3 })
  const action = fc.oneof(
    fc.record({
      kind: fc.constant('book' as const),
      person: fc.constantFrom(...people),
      date: fc.constantFrom(...window, '2026-02-16', '2026-03-20'),
      slot: fc.constantFrom(...hall.slots, '18:00-19:00')
    }),
    fc.record({ kind: fc.constant('cancel' as const), index: fc.nat() })
  )

  test('accepted bookings never exceed capacity nor double-book a person', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        const store: Booking[] = []
        for (const a of actions) {
          if (a.kind === 'cancel') {
            if (store.length) store[a.index % store.length].status = 'cancelled'
            continue
          }
          const req = request({ idNumber: a.person, date: a.date, slot: a.slot })
          const result = checkBooking(req, store, hall, NOW)
          if (result.ok) store.push(booking({ ...req, idType: 'hk' }))
        }
        const active = store.filter((b) => b.status === 'active')
        const perSlot = new Map<string, number>()
        const perPerson = new Set<string>()
        for (const b of active) {
          const key = `${b.date} ${b.slot}`
          perSlot.set(key, (perSlot.get(key) ?? 0) + 1)
          const personKey = `${key} ${b.idNumber}`
          expect(perPerson.has(personKey)).toBe(false)
          perPerson.add(personKey)
          expect(window).toContain(b.date)
          expect(hall.slots).toContain(b.slot)
        }
        for (const n of perSlot.values()) expect(n).toBeLessThanOrEqual(hall.slotCapacity)
      }),
      { numRuns: 200 }
    )
  })
})
