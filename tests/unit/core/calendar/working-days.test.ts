import fc from 'fast-check'
import { isWorkday as libraryIsWorkday } from 'chinese-days'
import {
  addHours,
  addWorkingDays,
  addWorkingDaysAt,
  addDays,
  calendarCoverage,
  calendarRange,
  isCalendarKnown,
  isProvisionalDate,
  isWorkingDay,
  nextWorkingDays,
  officialDay,
  workingDaysBetween
} from '@/core/calendar'
import { isoDateBetween } from './fixtures/dates'

const HOUR = 3600000

describe('coverage of the official calendar', () => {
  test('chinese-days 1.5.7 covers 2004 to 2026; the statutory holidays are computed ten years on', () => {
    expect(calendarCoverage()).toBe(2026)
    expect(calendarRange()).toEqual({ firstYear: 2004, lastYear: 2026, lastStatutoryYear: 2037 })
  })

  test('isCalendarKnown follows the published years; the others are provisional', () => {
    expect(isCalendarKnown('2026-12-31')).toBe(true)
    expect(isCalendarKnown('2004-01-01')).toBe(true)
    expect(isCalendarKnown('2027-01-01')).toBe(false)
    expect(isCalendarKnown('2003-12-31')).toBe(false)
    expect(isProvisionalDate('2026-12-31')).toBe(false)
    expect(isProvisionalDate('2027-01-01')).toBe(true)
    expect(isProvisionalDate('2040-01-02')).toBe(true)
  })
})

describe('isWorkingDay in 2026', () => {
  test.each([
    // ordinary week
    ['2026-03-06', true], // Friday
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
    ['2026-03-09', true], // Monday
    // New Year: 1-3 January off, Sunday 4 January worked
    ['2026-01-01', false],
    ['2026-01-02', false],
    ['2026-01-03', false],
    ['2026-01-04', true],
    ['2026-01-05', true],
    // Spring Festival: 15-23 February off; Saturdays 14 and 28 February worked
    ['2026-02-13', true],
    ['2026-02-14', true],
    ['2026-02-15', false],
    ['2026-02-17', false], // 春节 (lunar new year's day)
    ['2026-02-20', false], // a Friday given in lieu
    ['2026-02-23', false], // a Monday given in lieu
    ['2026-02-24', true],
    ['2026-02-28', true],
    ['2026-03-01', false],
    // Labour Day: 1-5 May off, Saturday 9 May worked
    ['2026-05-01', false],
    ['2026-05-05', false],
    ['2026-05-06', true],
    ['2026-05-09', true],
    ['2026-05-10', false],
    // National Day: 1-7 October off; Sunday 20 September and Saturday 10 October worked
    ['2026-09-19', false],
    ['2026-09-20', true],
    ['2026-09-30', true],
    ['2026-10-01', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-09', true],
    ['2026-10-10', true],
    ['2026-10-11', false],
    ['2026-10-12', true]
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  test('officialDay names the festival and the make-up days', () => {
    expect(officialDay('2026-02-14')).toEqual({
      kind: 'makeUpWorkday',
      name: '春节',
      nameEn: 'Spring Festival',
      inLieu: false,
      provisional: false
    })
    expect(officialDay('2026-02-20')).toEqual({
      kind: 'holiday',
      name: '春节',
      nameEn: 'Spring Festival',
      inLieu: true,
      provisional: false
    })
    expect(officialDay('2026-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节', inLieu: false })
    expect(officialDay('2026-03-09')).toBeNull()
  })

  test('malformed dates throw', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError)
    expect(() => isWorkingDay('20260214')).toThrow(RangeError)
  })
})

describe('after the published years: the statutory holidays, provisional', () => {
  test.each([
    ['2027-01-01', false], // 元旦, a Friday
    ['2027-01-04', true],
    ['2027-02-04', true], // Thursday before New Year's Eve
    ['2027-02-05', false], // 除夕
    ['2027-02-06', false], // 正月初一, a Saturday
    ['2027-02-08', false], // 初三
    ['2027-02-09', false], // 补假 for the Saturday
    ['2027-02-10', false], // 补假 for the Sunday
    ['2027-02-11', true],
    ['2027-04-05', false], // 清明 on the solar term
    ['2027-05-03', false], // 劳动节 1–2 May fall on a weekend: made up on 3–4 May
    ['2027-05-05', true],
    ['2027-06-09', false], // 端午
    ['2027-09-15', false], // 中秋
    ['2027-10-01', false],
    ['2027-10-05', false], // 国庆 2–3 October fall on a weekend: made up on 4–5 October
    ['2027-10-06', true],
    ['2028-01-03', false], // 元旦 2028 is a Saturday: made up on Monday
    ['2028-10-05', false] // 中秋 2028 is 3 October, a National Day holiday: made up after it
  ])('%s working → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
    expect(isProvisionalDate(date)).toBe(true)
  })

  test('each statutory holiday is named and marked provisional', () => {
    expect(officialDay('2027-01-01')).toMatchObject({ kind: 'holiday', name: '元旦', provisional: true })
    expect(officialDay('2027-02-05')).toMatchObject({ kind: 'holiday', name: '春节', provisional: true })
    expect(officialDay('2026-02-16')).toMatchObject({ kind: 'holiday', name: '春节', provisional: false })
  })

  test('every year to 2036 has the 13 statutory days (元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3)', () => {
    for (let year = 2027; year <= 2036; year++) {
      const named = (name: string) => {
        let n = 0
        for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
          const day = officialDay(d)
          if (day?.name === name) n++
        }
        return n
      }
      // a holiday's own days plus its 补假: never fewer than the statute gives
      expect(named('元旦')).toBeGreaterThanOrEqual(1)
      expect(named('春节')).toBeGreaterThanOrEqual(4)
      expect(named('清明')).toBeGreaterThanOrEqual(1)
      expect(named('劳动节')).toBeGreaterThanOrEqual(2)
      expect(named('端午')).toBeGreaterThanOrEqual(1)
      expect(named('国庆节')).toBeGreaterThanOrEqual(3)
      expect(isWorkingDay(`${year}-01-01`)).toBe(false)
      expect(isWorkingDay(`${year}-10-01`)).toBe(false)
    }
  })

  test('before 2004, with no data at all: Monday to Friday, provisional', () => {
    expect(isWorkingDay('2003-10-01')).toBe(true)
    expect(isWorkingDay('2003-10-04')).toBe(false)
    expect(isProvisionalDate('2003-10-01')).toBe(true)
  })
})

describe('addWorkingDays', () => {
  test.each([
    ['2026-02-12', 1, '2026-02-13'],
    ['2026-02-13', 1, '2026-02-14'], // make-up Saturday
    ['2026-02-14', 1, '2026-02-24'], // across the Spring Festival
    ['2026-02-12', 5, '2026-02-26'],
    ['2026-02-15', 1, '2026-02-24'], // from a holiday
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'], // make-up Saturday after National Day
    ['2026-09-18', 1, '2026-09-20'], // make-up Sunday before National Day
    ['2026-01-30', 1, '2026-02-02'], // month end over a weekend
    ['2026-04-30', 1, '2026-05-06'], // month end into Labour Day
    ['2026-05-08', 1, '2026-05-09'],
    ['2025-12-31', 1, '2026-01-04'], // year end into New Year and its make-up Sunday
    ['2026-12-31', 1, '2027-01-04'], // year end over 元旦 2027 (statutory) and the weekend
    ['2026-12-30', 3, '2027-01-05'],
    ['2026-10-08', -1, '2026-09-30'],
    ['2026-10-10', -2, '2026-10-08'],
    ['2026-02-24', -1, '2026-02-14'],
    ['2026-01-05', -2, '2025-12-31'],
    ['2026-02-16', 0, '2026-02-24'], // 0 rolls a rest day forward
    ['2026-02-14', 0, '2026-02-14']
  ])('addWorkingDays(%s, %i) = %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected)
  })

  test('a hall with a 20-working-day promise, accepted just before the Spring Festival', () => {
    // Accepted Fri 13 Feb: 14 Feb (1), 24-27 Feb (2-5), Sat 28 Feb (6), 2-6 Mar (7-11),
    // 9-13 Mar (12-16), 16-19 Mar (17-20).
    expect(addWorkingDays('2026-02-13', 20)).toBe('2026-03-19')
    expect(workingDaysBetween('2026-02-13', '2026-03-19')).toBe(20)
  })

  test('non-integer n throws', () => {
    expect(() => addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError)
  })
})

describe('nextWorkingDays and workingDaysBetween', () => {
  test('next working days across the Spring Festival', () => {
    expect(nextWorkingDays('2026-02-12', 3)).toEqual(['2026-02-13', '2026-02-14', '2026-02-24'])
    expect(nextWorkingDays('2026-02-13', 2, true)).toEqual(['2026-02-13', '2026-02-14'])
    expect(nextWorkingDays('2026-02-15', 1, true)).toEqual(['2026-02-24'])
    expect(nextWorkingDays('2026-02-15', 0, true)).toEqual([])
  })

  test('between counts the arrival day, not the departure day', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4)
    expect(workingDaysBetween('2026-10-12', '2026-09-30')).toBe(-4) // 30 Sep, 8, 9, 10 Oct; not 12 Oct
    expect(workingDaysBetween('2026-10-01', '2026-10-07')).toBe(0)
    expect(workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0)
    expect(workingDaysBetween('2026-12-31', '2027-01-04')).toBe(1) // 1 Jan 2027 is 元旦: only 4 Jan
  })
})

const dateArb = isoDateBetween('2002-06-01', '2036-06-30')
const nonZero = fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: -120, max: -1 }))

describe('working-day properties', () => {
  test('addWorkingDays lands on a working day, and workingDaysBetween inverts it', () => {
    fc.assert(
      fc.property(dateArb, nonZero, (d, n) => {
        const r = addWorkingDays(d, n)
        expect(isWorkingDay(r)).toBe(true)
        expect(workingDaysBetween(d, r)).toBe(n)
      }),
      { numRuns: 400 }
    )
  })

  test('n = 0 gives a working day, the date itself when it is one', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const r = addWorkingDays(d, 0)
        expect(isWorkingDay(r)).toBe(true)
        if (isWorkingDay(d)) expect(r).toBe(d)
      })
    )
  })

  test('going back the same number of working days returns to a working start', () => {
    fc.assert(
      fc.property(dateArb, nonZero, (d, n) => {
        const start = addWorkingDays(d, 0)
        expect(addWorkingDays(addWorkingDays(start, n), -n)).toBe(start)
      }),
      { numRuns: 200 }
    )
  })

  test('nextWorkingDays lists addWorkingDays(d, 1..k)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 15 }), (d, k) => {
        expect(nextWorkingDays(d, k)).toEqual(Array.from({ length: k }, (_, i) => addWorkingDays(d, i + 1)))
      }),
      { numRuns: 200 }
    )
  })

  test('additivity: m then n working days is m + n working days (both positive)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (d, m, n) => {
        expect(addWorkingDays(addWorkingDays(d, m), n)).toBe(addWorkingDays(d, m + n))
      }),
      { numRuns: 200 }
    )
  })
})

// chinese-days' own isWorkday reads dates back with local Date getters and is only right in zones at
// or east of UTC (see arrangement.ts). npm test runs jest with TZ=UTC, so here it is a fair
// oracle that our reading of its JSON matches the library's table day for day.
test('agrees with chinese-days on every day 2004-2026', () => {
  expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBeLessThanOrEqual(0)
  const mismatches: string[] = []
  for (let date = '2004-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
    if (isWorkingDay(date) !== libraryIsWorkday(date)) mismatches.push(date)
  }
  expect(mismatches).toEqual([])
})

describe('deadlines', () => {
  const beijing = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h - 8, min)

  test('end of the n-th working day, Beijing time', () => {
    // accepted 30 Sep 10:00 → due at the end of 8 Oct
    expect(addWorkingDaysAt(beijing(2026, 9, 30, 10), 1)).toBe(beijing(2026, 10, 8, 24) - 1)
    expect(addWorkingDaysAt(beijing(2026, 9, 30, 10), 1, '17:30')).toBe(beijing(2026, 10, 8, 17, 30))
  })

  test('the acceptance day is the Beijing date, not the UTC or device date', () => {
    // 7 Oct 20:00 UTC is already 8 Oct 04:00 in Jiangmen: one working day later is 9 Oct.
    expect(addWorkingDaysAt(Date.UTC(2026, 9, 7, 20), 1)).toBe(beijing(2026, 10, 9, 24) - 1)
  })

  test('a bad cutoff throws', () => {
    expect(() => addWorkingDaysAt(0, 1, '5pm')).toThrow(RangeError)
  })

  test('addHours is plain arithmetic (no DST in China)', () => {
    expect(addHours(beijing(2026, 3, 8, 1), 24)).toBe(beijing(2026, 3, 9, 1))
    expect(addHours(1000, -1)).toBe(1000 - HOUR)
  })
})
