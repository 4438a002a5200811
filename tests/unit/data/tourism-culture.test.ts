// The sample culture venues and events: enough of them, ids unique, values the types allow, times and dates
// valid (events from December 2026 to February 2027, 春节 2027 among them), every event's venue known, the
// reservable museums closed on Mondays except public holidays with slots inside their hours, coordinates in
// Jiangmen, and every record marked as sample data.
import eventsData from '@/data/tourism/events.json'
import venuesData from '@/data/tourism/venues.json'
import { isIsoDate, parseClock } from '@/core/calendar/shanghai-time'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import { parseSlot } from '@/core/booking'
import { EVENT_CATEGORIES, VENUE_KINDS, type CultureEvent, type CultureVenue } from '@/core/tourism/culture-types'

const VENUES = venuesData as CultureVenue[]
const EVENTS = eventsData as CultureEvent[]
const JIANGMEN_PHONE = /^0750-\d{7,8}$/
/** Jiangmen's districts lie within this box (GCJ-02, approximate) */
const inJiangmen = (lat: number, lng: number) => lat > 21.4 && lat < 23 && lng > 111.9 && lng < 113.3
const unique = (ids: string[]) => new Set(ids).size === ids.length
const venueIds = new Set(VENUES.map((v) => v.id))

test('at least 10 venues of every kind and 30 events, unique ids, all sample data', () => {
  expect(VENUES.length).toBeGreaterThanOrEqual(10)
  expect(EVENTS.length).toBeGreaterThanOrEqual(30)
  expect(unique(VENUES.map((v) => v.id))).toBe(true)
  expect(unique(EVENTS.map((e) => e.id))).toBe(true)
  for (const kind of VENUE_KINDS) expect(VENUES.some((v) => v.kind === kind)).toBe(true)
  for (const category of EVENT_CATEGORIES) expect(EVENTS.some((e) => e.category === category)).toBe(true)
  expect([...VENUES, ...EVENTS].every((x) => x.sample === true)).toBe(true)
  for (const name of ['江门市博物馆', '五邑华侨华人博物馆', '陈白沙祠', '江门市图书馆', '梁启超纪念馆', '侨都大剧院'])
    expect(VENUES.map((v) => v.name)).toContain(name)
})

test('the venues: district, address, phone, coordinates in Jiangmen, hours; 江门演艺中心 has its five halls', () => {
  for (const v of VENUES) {
    expect(JIANGMEN_DISTRICTS).toContain(v.district)
    expect(v.address).toMatch(/^江门市/)
    expect(v.phone).toMatch(JIANGMEN_PHONE)
    expect(inJiangmen(v.latitude, v.longitude)).toBe(true)
    const open = parseClock(v.hours.open)
    const close = parseClock(v.hours.close)
    expect(open !== null && close !== null && open < close).toBe(true)
    for (const d of v.hours.closedDates ?? []) expect(isIsoDate(d)).toBe(true)
    expect(v.hours.closedWeekdays.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)).toBe(true)
    if (v.parentId) expect(venueIds.has(v.parentId)).toBe(true)
  }
  expect(VENUES.filter((v) => v.parentId === 'jiangmen-performing-arts-centre').map((v) => v.name)).toEqual([
    '侨都大剧院',
    '水岸音乐厅',
    '星空演艺广场',
    '邑乡曲艺馆',
    '实验剧场'
  ])
})

test('the reservable venues: the museums, closed on Mondays but open on public holidays, slots within the hours', () => {
  const reservable = VENUES.filter((v) => v.reservation)
  expect(reservable.map((v) => v.id)).toEqual(
    expect.arrayContaining(['jiangmen-museum', 'wuyi-overseas-chinese-museum', 'chen-baisha-shrine'])
  )
  for (const v of reservable) {
    const r = v.reservation!
    expect(v.hours).toMatchObject({ closedWeekdays: [1], openOnHolidays: true, lastEntry: '16:00' })
    expect(r.maxParty).toBe(5)
    expect(r.capacity).toBeGreaterThan(0)
    expect(r.windowDays).toBeGreaterThanOrEqual(7)
    const lastEntry = parseClock(v.hours.lastEntry ?? '') ?? 0
    for (const s of r.slots) {
      const slot = parseSlot(s)
      expect(slot).not.toBeNull()
      expect(slot!.start).toBeGreaterThanOrEqual(parseClock(v.hours.open) ?? 0)
      expect(slot!.start).toBeLessThan(lastEntry)
    }
  }
})

test('the events: December 2026 to February 2027, valid times, a known venue or a place, 春节 2027 among them', () => {
  for (const e of EVENTS) {
    expect(isIsoDate(e.date)).toBe(true)
    expect(e.date >= '2026-11-01' && e.date <= '2027-02-28').toBe(true)
    if (e.endDate) expect(isIsoDate(e.endDate) && e.endDate > e.date).toBe(true)
    expect((parseClock(e.start) ?? 0) < (parseClock(e.end) ?? 0)).toBe(true)
    expect(e.venueId ? venueIds.has(e.venueId) : e.place !== undefined).toBe(true)
    if (e.place) expect(inJiangmen(e.place.latitude, e.place.longitude)).toBe(true)
  }
  for (const month of ['2026-12', '2027-01', '2027-02']) expect(EVENTS.some((e) => e.date.startsWith(month))).toBe(true)
  // 春节 2027: 除夕 is 02-05, 初一 02-06
  expect(EVENTS.filter((e) => e.date >= '2027-02-01' && e.date <= '2027-02-12').length).toBeGreaterThanOrEqual(5)
  expect(EVENTS.some((e) => e.title.includes('花市'))).toBe(true)
})
