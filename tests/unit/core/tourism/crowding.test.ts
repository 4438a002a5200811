import fc from 'fast-check'
import {
  CROWD_LEVELS,
  crowdAdvice,
  crowdLevel,
  dayKind,
  entryHours,
  hourlyCrowd,
  isLiveFresh,
  liveLevel,
  parseCrowding,
  type CrowdProfile
} from '@/core/tourism/crowding'
import type { OpeningHours, Sight } from '@/core/tourism/types'
import crowdingData from '@/data/tourism/crowding.json'
import sightsData from '@/data/tourism/sights.json'

const data = parseCrowding(crowdingData)
const sights = sightsData as unknown as Sight[]
const LEVELS = data.levels
const rank = (level: string) => CROWD_LEVELS.indexOf(level as (typeof CROWD_LEVELS)[number])
const MUSEUM: OpeningHours = {
  open: '09:00',
  close: '17:00',
  lastEntry: '16:00',
  closedWeekdays: [1],
  openOnHolidays: true
}
const profile: CrowdProfile = {
  capacity: 1000,
  from: 9,
  weekday: [100, 200, 300, 300, 200, 100, 50, 20],
  weekend: [300, 700, 900, 800, 600, 400, 300, 100],
  holiday: [500, 900, 1000, 1000, 900, 700, 500, 200]
}

describe('the sample data', () => {
  test('every sight has a profile, marked as sample data, covering the hours one may arrive', () => {
    expect(crowdingData.note).toMatch(/示例数据/)
    expect(crowdingData.note).toMatch(/并非实时/)
    for (const sight of sights) {
      const p = data.profiles[sight.id]
      expect([sight.id, p === undefined]).toEqual([sight.id, false])
      const hours = sight.hours.always ? [] : entryHours(sight.hours)
      for (const h of hours)
        expect([sight.id, h, h >= p.from && h < p.from + p.weekday.length]).toEqual([sight.id, h, true])
      // a holiday is never quieter than a weekday at the same hour
      p.holiday.forEach((n, i) => expect(n).toBeGreaterThanOrEqual(p.weekday[i]))
    }
  })

  test('broken data is refused with the sight named', () => {
    expect(() => parseCrowding({ levels: [0.6, 0.3, 0.9], profiles: {} })).toThrow(/ascending/)
    const bad = { ...profile, weekend: [1, -2] }
    expect(() => parseCrowding({ levels: LEVELS, profiles: { x: bad } })).toThrow(/crowding x/)
    expect(() => parseCrowding({ levels: LEVELS, profiles: { y: { ...profile, from: 20 } } })).toThrow(/crowding y/)
  })
})

describe('kinds of day on the official calendar', () => {
  test('weekday, weekend, holiday, and the make-up working day', () => {
    expect(dayKind('2026-11-24')).toBe('weekday') // Tuesday
    expect(dayKind('2026-11-28')).toBe('weekend')
    expect(dayKind('2026-10-01')).toBe('holiday') // National Day, a Thursday
    expect(dayKind('2026-10-05')).toBe('holiday') // a Monday of the holiday
    expect(dayKind('2026-09-20')).toBe('weekday') // Sunday worked before National Day (调休上班)
  })
})

describe('levels and hours', () => {
  test('shares of capacity become 较空 / 适中 / 较挤 / 拥挤', () => {
    expect(crowdLevel(300, 1000, LEVELS)).toBe('quiet')
    expect(crowdLevel(350, 1000, LEVELS)).toBe('moderate')
    expect(crowdLevel(600, 1000, LEVELS)).toBe('busy')
    expect(crowdLevel(850, 1000, LEVELS)).toBe('packed')
    expect(crowdLevel(2000, 1000, LEVELS)).toBe('packed')
  })

  test('one may arrive from the hour the gate opens until the hour of the last entry', () => {
    expect(entryHours(MUSEUM)).toEqual([9, 10, 11, 12, 13, 14, 15])
    expect(entryHours({ open: '08:40', close: '17:25', lastEntry: '17:00' })).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15, 16
    ])
  })

  test('the profile of the kind of day; a closed Monday has no hours, a Monday holiday has', () => {
    const saturday = hourlyCrowd(profile, '2026-11-28', MUSEUM, LEVELS)
    expect(saturday.map((h) => h.level)).toEqual(['quiet', 'busy', 'packed', 'busy', 'busy', 'moderate', 'quiet'])
    expect(hourlyCrowd(profile, '2026-11-23', MUSEUM, LEVELS)).toEqual([]) // Monday
    expect(hourlyCrowd(profile, '2026-10-05', MUSEUM, LEVELS).map((h) => h.count)).toEqual(profile.holiday.slice(0, 7))
  })
})

describe('advice', () => {
  const saturday = hourlyCrowd(profile, '2026-11-28', MUSEUM, LEVELS)

  test('a crowded hour is warned of, with the quietest hour nearest to it', () => {
    expect(crowdAdvice(saturday, 11)).toMatchObject({ crowded: true, quieter: { hour: 9, level: 'quiet' } })
    expect(crowdAdvice(saturday, 13)).toMatchObject({ crowded: true, quieter: { hour: 15, level: 'quiet' } })
    expect(crowdAdvice(saturday, 14)).toMatchObject({ crowded: false })
    expect(crowdAdvice(saturday, 14)?.quieter).toBeUndefined()
    expect(crowdAdvice(saturday, 18)).toBeUndefined()
  })

  test('a day packed at every hour warns without a suggestion', () => {
    const packed = hourlyCrowd({ ...profile, weekday: profile.weekday.map(() => 950) }, '2026-11-24', MUSEUM, LEVELS)
    expect(crowdAdvice(packed, 10)).toEqual({ chosen: packed[1], crowded: true })
  })

  const counts = fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 24, maxLength: 24 })
  const clock = fc.integer({ min: 0, max: 23 * 60 })
  const hoursArb = fc
    .tuple(clock, fc.integer({ min: 60, max: 14 * 60 }), fc.boolean())
    .map(([open, length, last]): OpeningHours => {
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
      const close = Math.min(24 * 60, open + length)
      return {
        open: hhmm(open),
        close: hhmm(close),
        ...(last ? { lastEntry: hhmm(Math.max(open + 1, close - 30)) } : {})
      }
    })
  const dates = fc
    .integer({ min: 0, max: 700 })
    .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10))

  test('property: the suggested hour is never busier, always one to arrive in, and the warning only when busy', () => {
    fc.assert(
      fc.property(
        counts,
        counts,
        counts,
        hoursArb,
        dates,
        fc.integer({ min: 0, max: 23 }),
        (a, b, c, hours, date, hour) => {
          const p: CrowdProfile = { capacity: 1000, from: 0, weekday: a, weekend: b, holiday: c }
          const day = hourlyCrowd(p, date, hours, LEVELS)
          const advice = crowdAdvice(day, hour)
          if (!entryHours(hours).includes(hour)) return expect(advice).toBeUndefined()
          expect(advice?.crowded).toBe(rank(advice!.chosen.level) >= rank('busy'))
          if (advice?.quieter) {
            expect(advice.crowded).toBe(true)
            expect(rank(advice.quieter.level)).toBeLessThan(rank(advice.chosen.level))
            expect(advice.quieter.count).toBeLessThanOrEqual(advice.chosen.count)
            expect(entryHours(hours)).toContain(advice.quieter.hour)
            // and no hour of the day is of a quieter level
            for (const h of day) expect(rank(h.level)).toBeGreaterThanOrEqual(rank(advice.quieter.level))
          } else if (advice?.crowded) {
            for (const h of day) expect(rank(h.level)).toBeGreaterThanOrEqual(rank(advice.chosen.level))
          }
        }
      ),
      { numRuns: 400 }
    )
  })

  test('property: more visitors are never a quieter level', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), fc.integer({ min: 1, max: 5000 }), (x, y, capacity) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x]
        expect(rank(crowdLevel(hi, capacity, LEVELS))).toBeGreaterThanOrEqual(rank(crowdLevel(lo, capacity, LEVELS)))
      })
    )
  })
})

describe('live counts', () => {
  const now = Date.UTC(2026, 10, 28, 3, 0)
  test('fresh for 30 minutes; one from the future beyond a minute is not trusted', () => {
    expect(isLiveFresh({ count: 1, at: now - 30 * 60_000 }, now)).toBe(true)
    expect(isLiveFresh({ count: 1, at: now - 31 * 60_000 }, now)).toBe(false)
    expect(isLiveFresh({ count: 1, at: now + 5 * 60_000 }, now)).toBe(false)
  })

  test('the level against the server’s capacity, else the profile’s; none without either', () => {
    expect(liveLevel({ count: 500, capacity: 550, at: now }, profile, LEVELS)).toBe('packed')
    expect(liveLevel({ count: 500, at: now }, profile, LEVELS)).toBe('moderate')
    expect(liveLevel({ count: 500, at: now }, null, LEVELS)).toBeUndefined()
  })
})
