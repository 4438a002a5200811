// The sights, routes and stations of the sample data: enough of them, ids unique, coordinates inside Jiangmen,
// prices and hours well formed, every route stop a known sight open at the times the route gives, the legs adding
// up, and the travel from Shenzhen and Zhongshan present for every sight (and so every route).
import concessions from '@/data/tourism/concessions.json'
import routes from '@/data/tourism/routes.json'
import sights from '@/data/tourism/sights.json'
import stations from '@/data/tourism/stations.json'
import { parseClock } from '@/core/calendar'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import { routeTickets } from '@/core/tourism/routes'
import {
  CONCESSION_PAYS,
  FACILITIES,
  ORIGIN_CITIES,
  SIGHT_LEVELS,
  STATION_IDS,
  TRAVEL_MODES,
  type Sight,
  type TourRoute
} from '@/core/tourism/types'
import catalogue from '@/features/tourism/locales/zh-Hans.json'

const all = sights as Sight[]
const byId = new Map(all.map((s) => [s.id, s]))
const messages = catalogue as Record<string, string>
const clock = (c: string) => parseClock(c)!
const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length)

test('at least 25 sights, 6 routes and the four stations the issue names', () => {
  expect(all.length).toBeGreaterThanOrEqual(25)
  expect(routes.length).toBeGreaterThanOrEqual(6)
  const names = stations.map((s) => s.name)
  for (const name of ['江门站', '开平南站', '台山站', '新会站']) expect(names).toContain(name)
})

test('ids are unique, among sights, tickets, routes and stations', () => {
  unique(all.map((s) => s.id))
  unique(all.flatMap((s) => s.tickets.map((t) => t.id)))
  unique(routes.map((r) => r.id))
  unique(stations.map((s) => s.id))
  expect(stations.map((s) => s.id).sort()).toEqual([...STATION_IDS].sort())
})

test.each([...all.map((s) => [s.name, s] as const), ...stations.map((s) => [s.name, s] as const)])(
  '%s lies inside Jiangmen (lat 21.4–22.9, lng 111.9–113.3)',
  (_name, place) => {
    expect(place.latitude).toBeGreaterThan(21.4)
    expect(place.latitude).toBeLessThan(22.9)
    expect(place.longitude).toBeGreaterThan(111.9)
    expect(place.longitude).toBeLessThan(113.3)
  }
)

test.each(all.map((s) => [s.name, s] as const))('%s is complete and well formed', (_name, s) => {
  expect(JIANGMEN_DISTRICTS).toContain(s.district)
  for (const l of s.levels) expect(SIGHT_LEVELS).toContain(l)
  for (const f of s.facilities) expect(FACILITIES).toContain(f)
  for (const key of [...s.levels.map((l) => `tourism.level.${l}`), ...s.facilities.map((f) => `tourism.facility.${f}`)])
    expect(messages[key]).toBeTruthy()
  for (const text of [s.name, s.address, s.summary, s.history, s.phone]) expect(text.trim()).not.toBe('')
  for (const m of TRAVEL_MODES) expect(s.access[m].trim()).not.toBe('')
  expect(s.phone).toMatch(/^0750-\d{7,8}$/)
  expect(STATION_IDS).toContain(s.station)
  expect(s.duration.min).toBeGreaterThan(0)
  expect(s.duration.max).toBeGreaterThanOrEqual(s.duration.min)
  // hours: open < last entry ≤ close, closed weekdays 1–7
  const { open, close, lastEntry, closedWeekdays = [] } = s.hours
  expect(clock(open)).toBeLessThan(clock(close))
  if (lastEntry) expect(clock(lastEntry)).toBeGreaterThan(clock(open))
  if (lastEntry) expect(clock(lastEntry)).toBeLessThanOrEqual(clock(close))
  for (const d of closedWeekdays) expect(d >= 1 && d <= 7).toBe(true)
  // tickets: at least one, prices whole yuan ≥ 0; a 联票 covers its own sight and only known sights
  expect(s.tickets.length).toBeGreaterThan(0)
  for (const t of s.tickets) {
    expect(Number.isInteger(t.price) && t.price >= 0).toBe(true)
    if (t.covers) {
      expect(t.covers).toContain(s.id)
      for (const id of t.covers) expect(byId.has(id)).toBe(true)
    }
  }
  // a paid gate names its concessions; each policy is known
  if (s.tickets.some((t) => t.price > 0)) expect(s.concessionPolicy).toBeDefined()
  if (s.concessionPolicy) expect(concessions.map((p) => p.id)).toContain(s.concessionPolicy)
})

test('every concession rule is worded in the catalogue and pays free or half', () => {
  for (const p of concessions)
    for (const r of p.rules) {
      expect(CONCESSION_PAYS).toContain(r.pays)
      expect(messages[`tourism.concession.${r.kind}`]).toBeTruthy()
      if (r.proof) expect(messages[`tourism.proof.${r.proof}`]).toBeTruthy()
    }
})

test.each(all.map((s) => [s.name, s] as const))(
  '%s gives the travel from Shenzhen and Zhongshan by car and by rail',
  (_name, s) => {
    for (const city of ORIGIN_CITIES) {
      const travel = s.from[city]
      expect(travel.car).toBeGreaterThan(0)
      expect(travel.rail.minutes).toBeGreaterThan(0)
      expect(travel.rail.onward).toBeGreaterThan(0)
      expect(STATION_IDS).toContain(travel.rail.station)
    }
  }
)

test.each((routes as TourRoute[]).map((r) => [r.name, r] as const))(
  '%s: known stops, open at its times, legs that add up, one or two days',
  (_name, r) => {
    expect(r.days.length === 1 || r.days.length === 2).toBe(true)
    if (r.days.length === 2) expect(r.stay).toBeTruthy()
    for (const { stops } of r.days) {
      expect(stops.length).toBeGreaterThan(0)
      stops.forEach((stop, i) => {
        const sight = byId.get(stop.sight)
        expect(sight).toBeDefined()
        const { hours } = sight!
        expect(clock(stop.arrive)).toBeLessThan(clock(stop.leave))
        if (!hours.always) {
          expect(clock(stop.arrive)).toBeGreaterThanOrEqual(clock(hours.open))
          expect(clock(stop.arrive)).toBeLessThanOrEqual(clock(hours.lastEntry ?? hours.close))
          expect(clock(stop.leave)).toBeLessThanOrEqual(clock(hours.close))
        }
        if (stop.ticket) expect(sight!.tickets.map((t) => t.id)).toContain(stop.ticket)
        const next = stops[i + 1]
        if (next) {
          // the leg is given, and the next stop starts no earlier than the leg allows
          expect(stop.next!.minutes).toBeGreaterThan(0)
          expect(clock(next.arrive)).toBeGreaterThanOrEqual(clock(stop.leave) + stop.next!.minutes)
        } else expect(stop.next).toBeUndefined()
      })
    }
    // the fusion zones' travel to the first stop exists (it is the first sight's data)
    const first = byId.get(r.days[0].stops[0].sight)!
    for (const city of ORIGIN_CITIES) expect(first.from[city].car).toBeGreaterThan(0)
    expect(() => routeTickets(r, byId)).not.toThrow()
  }
)

test('the four World Heritage villages of 开平碉楼与村落 are there, and found by 开平碉楼', () => {
  const heritage = all.filter((s) => s.levels.includes('world-heritage')).map((s) => s.id)
  expect(heritage).toEqual(expect.arrayContaining(['zili-village', 'liyuan', 'majianglong', 'jinjiangli']))
  for (const id of heritage) expect(byId.get(id)!.aliases).toContain('开平碉楼')
})
