/**
 * @jest-environment node
 */
// 文化生活 answers the same on every implementation (tests/helpers/backends.ts): the embedded backend, and over HTTP the
// production server, as one signed-in resident: venues and events
// in both scripts, a venue's slots, and reservations that book once per idempotency key, never past capacity, once
// per person per slot, never on a closed day (400 tourism.reserve.venueClosed), and give their places back on cancel.
import { isBackendError } from '@/backend/errors'
import type { CultureApi } from '@/backend/types'
import { shanghaiInstant } from '@/core/calendar/shanghai-time'
import type { ReservationRequest, Visitor } from '@/core/tourism/culture-types'
import { mainlandIdCheckChar } from '@/core/validators'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'

// Tuesday 2026-12-01, 08:00 Beijing: the window runs to Monday 12-14
const START = shanghaiInstant('2026-12-01', 8 * 60)
const TUESDAY = '2026-12-08'
const MONDAY = '2026-12-07'

const idOf = (n: number): string => {
  const first17 = `44070319900101${String(n).padStart(3, '0')}`
  return first17 + mainlandIdCheckChar(first17)
}
const visitor = (n: number): Visitor => ({
  name: `陈${'一二三四五六七八九十'[n % 10]}`,
  idType: 'mainland',
  idNumber: idOf(n)
})
let keys = 0
const request = (visitors: Visitor[], patch: Partial<ReservationRequest> = {}): ReservationRequest => ({
  idempotencyKey: `key-${++keys}`,
  venueId: 'chen-baisha-shrine',
  date: TUESDAY,
  slot: '10:00-11:00',
  visitors,
  phoneRegion: 'cn',
  phone: '13800138000',
  ...patch
})
const refusal = async (p: Promise<unknown>) => {
  const e = await p.catch((x: unknown) => x)
  return isBackendError(e) ? [e.code, e.reason] : e
}

describe.each(BACKEND_IMPLEMENTATIONS)('%s', (_, make) => {
  let api: CultureApi
  let close: () => Promise<void>
  beforeAll(async () => {
    const made = await make(testClock(START).now)
    api = made.culture
    close = made.close
  })
  afterAll(() => close())

  test('venues and events in both scripts; an unknown id is not_found', async () => {
    const [venues, events] = await Promise.all([api.listVenues('zh-Hans'), api.listEvents('zh-Hans')])
    expect(venues.length).toBeGreaterThanOrEqual(10)
    expect(events.length).toBeGreaterThanOrEqual(30)
    expect((await api.getVenue('wuyi-overseas-chinese-museum', 'zh-Hant')).name).toBe('五邑華僑華人博物館')
    expect(await api.getEvent(events[0].id, 'zh-Hans')).toEqual(events[0])
    expect(await refusal(api.getVenue('nowhere', 'zh-Hans'))).toEqual(['not_found', 'tourism.venues.unknown'])
    expect(await refusal(api.getEvent('nothing', 'zh-Hans'))).toEqual(['not_found', 'tourism.events.unknown'])
  })

  test('a Monday has no slots and is refused as closed; a Tuesday books once per key with a 预约号', async () => {
    expect(await api.getVenueSlots('chen-baisha-shrine', MONDAY)).toEqual([])
    expect(await refusal(api.reserve(request([visitor(1)], { date: MONDAY })))).toEqual([
      'invalid',
      'tourism.reserve.venueClosed'
    ])
    const r = request([visitor(1), visitor(2)])
    const first = await api.reserve(r)
    expect(first).toMatchObject({ status: 'active', venueName: '陈白沙祠', venueNameHant: '陳白沙祠' })
    expect(first.reference).toMatch(/^WL20261208[0-9A-Z]{4}\d{3}$/)
    expect(await api.reserve(r)).toEqual(first)
    expect((await api.listReservations()).filter((x) => x.idempotencyKey === r.idempotencyKey)).toHaveLength(1)
    const slot = (await api.getVenueSlots('chen-baisha-shrine', TUESDAY)).find((s) => s.slot === '10:00-11:00')
    expect(slot).toEqual({ slot: '10:00-11:00', capacity: 100, booked: 2, remaining: 98 })
    expect(await api.getReservation(first.id)).toEqual(first)
  })

  test('one place per person per slot, visitors checked, at most five', async () => {
    expect(await refusal(api.reserve(request([visitor(3), visitor(1)])))).toEqual([
      'conflict',
      'tourism.reserve.duplicatePerson'
    ])
    const wrong = { ...visitor(4), idNumber: idOf(4).slice(0, 17) + (idOf(4).endsWith('0') ? '1' : '0') }
    expect(await refusal(api.reserve(request([wrong]))).then((x) => (x as string[])[0])).toBe('invalid')
    expect(await refusal(api.reserve(request([1, 2, 3, 4, 5, 6].map((n) => visitor(n + 10)))))).toEqual([
      'invalid',
      'tourism.reserve.partyTooLarge'
    ])
    expect(await refusal(api.reserve(request([visitor(20), visitor(20)])))).toEqual([
      'invalid',
      'tourism.reserve.partyDuplicate'
    ])
  })

  test('capacity is never exceeded; cancelling gives the places back', async () => {
    // 梁启超纪念馆 takes 80 a slot: 16 parties of five fill it
    const at = { venueId: 'liang-qichao-memorial', slot: '13:00-14:00' }
    const made = []
    for (let p = 0; p < 16; p++)
      made.push(
        await api.reserve(
          request(
            [0, 1, 2, 3, 4].map((i) => visitor(100 + p * 5 + i)),
            at
          )
        )
      )
    expect(await refusal(api.reserve(request([visitor(500)], at)))).toEqual(['conflict', 'tourism.reserve.slotFull'])
    const full = (await api.getVenueSlots(at.venueId, TUESDAY)).find((s) => s.slot === at.slot)
    expect(full).toMatchObject({ booked: 80, remaining: 0 })
    const cancelled = await api.cancelReservation(made[0].id)
    expect(cancelled.status).toBe('cancelled')
    expect(await api.cancelReservation(made[0].id)).toEqual(cancelled)
    const freed = (await api.getVenueSlots(at.venueId, TUESDAY)).find((s) => s.slot === at.slot)
    expect(freed).toMatchObject({ booked: 75, remaining: 5 })
    expect((await api.reserve(request([visitor(500)], at))).status).toBe('active')
    expect(await refusal(api.getReservation('VR-none'))).toEqual(['not_found', 'tourism.reserve.unknown'])
  })
})
